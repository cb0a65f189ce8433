using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Passbook.Contracts;
using Manabi.Passbook.Data;
using Manabi.Passbook.Domain;
using Manabi.Passbook.Features.Learners;
using Mediator;

namespace Manabi.Passbook.Features.Stamps.RecordStamp;

/// <summary>A stamp for a session; a partner system (<paramref name="CallerProviderId"/>) may stamp only its own provider's sessions.</summary>
internal sealed record RecordStampCommand(string? PassbookNumber, Guid? SessionId, Guid? CallerProviderId, string RecordedBy, string? CardPayload = null)
    : ICommand<StampOutcome>;

internal sealed class RecordStampValidator : AbstractValidator<RecordStampCommand>
{
    public RecordStampValidator(PassbookQr cards)
    {
        RuleFor(c => c.PassbookNumber).NotEmpty().Named("学習手帳番号", "passbookNumber").ValidPassbookNumber()
            .When(c => c.CardPayload is null);
        RuleFor(c => c.PassbookNumber).Null().When(c => c.CardPayload is not null).Named("学習手帳番号", "passbookNumber")
            .Says("学習手帳番号かカードのQRコードの、どちらか一方を送ってください。", "Send either passbookNumber or cardPayload, not both.");
        RuleFor(c => c.CardPayload).MaximumLength(100).Must(p => cards.TryVerify(p, out _)).When(c => c.CardPayload is not null)
            .Named("カードのQRコード", "cardPayload")
            .Says("カードのQRコードを確認できませんでした。もう一度読み取るか、番号を入力してください。",
                "This card code does not verify: scan it again or type the number.");
        RuleFor(c => c.SessionId).NotEmpty().Named("開催回", "sessionId");
    }
}

internal sealed class RecordStampHandler(PassbookDbContext db, StampRecorder recorder, PassbookQr cards) : ICommandHandler<RecordStampCommand, StampOutcome>
{
    public async ValueTask<StampOutcome> Handle(RecordStampCommand c, CancellationToken cancellationToken)
    {
        // Well formed either way: the validator checked the number or the card's signature.
        var number = c.CardPayload is not null && cards.TryVerify(c.CardPayload, out var scanned) ? scanned!.Value : Domain.PassbookNumber.Parse(c.PassbookNumber!);
        var learner = await LearnerLock.ByPassbookNumberAsync(db, number.Digits, cancellationToken)
            ?? throw StampErrors.PassbookNotFound();
        return await recorder.RecordAsync(learner, c.SessionId!.Value, c.CallerProviderId, StampMethod.Attendance, c.RecordedBy, cancellationToken);
    }
}
