using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Passbook.Contracts;
using Manabi.Passbook.Data;
using Manabi.Passbook.Domain;
using Manabi.Passbook.Features.Learners;
using Mediator;

namespace Manabi.Passbook.Features.Stamps.CheckIn;

/// <summary>The learner with login <paramref name="Subject"/> checks in with a scanned code.</summary>
internal sealed record CheckInCommand(string? Code, string Subject) : ICommand<StampOutcome>;

internal sealed class CheckInValidator : AbstractValidator<CheckInCommand>
{
    public CheckInValidator() =>
        RuleFor(c => c.Code).MaximumLength(CheckInCode.MaxLength).Must(code => CheckInCode.TryRead(code, out _, out _)).Named("チェックインコード", "code")
            .Says("会場のコードを読み取れません。QR コードを読み直してください。", "This is not a check-in code: scan the venue's QR code again.");
}

internal sealed class CheckInHandler(PassbookDbContext db, StampRecorder recorder, CheckInCode codes, CheckInAttempts attempts, TimeProvider clock)
    : ICommandHandler<CheckInCommand, StampOutcome>
{
    public async ValueTask<StampOutcome> Handle(CheckInCommand c, CancellationToken cancellationToken)
    {
        CheckInCode.TryRead(c.Code, out var sessionId, out var digits); // well formed: the validator checked
        attempts.ThrowIfLimited(c.Subject, sessionId);
        var learner = await LearnerLock.BySubjectAsync(db, c.Subject, cancellationToken)
            ?? throw new BusinessRuleException(new Text("先に学習手帳の登録をしてください。", "Register for a passbook first."), "no-passbook");
        var now = clock.GetUtcNow();
        return await recorder.RecordAsync(learner, sessionId, null, StampMethod.CheckIn, $"learner:{c.Subject}", cancellationToken, session =>
        {
            if (!CheckInCode.IsOpen(session, now))
            {
                throw new BusinessRuleException(new Text("この回のチェックイン受付時間外です（開始15分前から終了30分後まで）。",
                    "Check-in for this session is closed: it opens 15 minutes before the start and closes 30 minutes after the end."), "check-in-closed");
            }
            if (!codes.IsCurrent(sessionId, digits, now))
            {
                attempts.Failed(c.Subject, sessionId);
                throw new BusinessRuleException(new Text("コードの有効期限が切れています。会場に表示されている最新のコードを読み取ってください。",
                    "This code has expired or is not this session's: scan the code the venue shows now."), "check-in-code-invalid");
            }
        });
    }
}
