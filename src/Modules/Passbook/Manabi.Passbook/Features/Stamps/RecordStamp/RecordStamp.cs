using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Passbook.Contracts;
using Manabi.Passbook.Data;
using Manabi.Passbook.Features.Learners;
using Mediator;

namespace Manabi.Passbook.Features.Stamps.RecordStamp;

/// <summary>A stamp for a session; a partner system (<paramref name="CallerProviderId"/>) may stamp only its own provider's sessions.</summary>
internal sealed record RecordStampCommand(string? PassbookNumber, Guid? SessionId, Guid? CallerProviderId, string RecordedBy) : ICommand<StampOutcome>;

internal sealed class RecordStampValidator : AbstractValidator<RecordStampCommand>
{
    public RecordStampValidator()
    {
        RuleFor(c => c.PassbookNumber).NotEmpty().Must(n => Domain.PassbookNumber.TryParse(n, out _))
            .Named("学習手帳番号", "passbookNumber")
            .Says("学習手帳番号が正しくありません（数字の誤りや入れ替わりを確認してください）。",
                "This is not a valid passbook number: check for a mistyped or swapped digit.");
        RuleFor(c => c.SessionId).NotEmpty().Named("開催回", "sessionId");
    }
}

internal sealed class RecordStampHandler(PassbookDbContext db, StampRecorder recorder) : ICommandHandler<RecordStampCommand, StampOutcome>
{
    public async ValueTask<StampOutcome> Handle(RecordStampCommand c, CancellationToken cancellationToken)
    {
        var learner = await LearnerLock.ByPassbookNumberAsync(db, Domain.PassbookNumber.Parse(c.PassbookNumber!).Digits, cancellationToken)
            ?? throw StampErrors.PassbookNotFound();
        return await recorder.RecordAsync(learner, c.SessionId!.Value, c.CallerProviderId, StampMethod.Attendance, c.RecordedBy, cancellationToken);
    }
}
