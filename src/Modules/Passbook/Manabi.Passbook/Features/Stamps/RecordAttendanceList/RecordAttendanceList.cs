using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Passbook.Contracts;
using Manabi.Passbook.Data;
using Manabi.Passbook.Domain;
using Manabi.Passbook.Features.Learners;
using Mediator;

namespace Manabi.Passbook.Features.Stamps.RecordAttendanceList;

/// <summary>Stamp each passbook number of a session's attendance list; a partner system only its own sessions.</summary>
internal sealed record BulkAttendanceCommand(Guid SessionId, IReadOnlyList<string>? PassbookNumbers, Guid? CallerProviderId, string RecordedBy)
    : ICommand<BulkAttendanceResult>;

/// <summary>Per-row results, in the order sent.</summary>
public sealed record BulkAttendanceResult(int Stamped, int AlreadyStamped, int Rejected, IReadOnlyList<BulkAttendanceRow> Rows);

/// <summary>One row: <c>stamped</c>, <c>already-stamped</c>, <c>invalid-number</c> (a typo) or <c>unknown-passbook</c>.</summary>
public sealed record BulkAttendanceRow(string PassbookNumber, string Result, Guid? StampId);

internal sealed class BulkAttendanceValidator : AbstractValidator<BulkAttendanceCommand>
{
    public BulkAttendanceValidator()
    {
        RuleFor(c => c.PassbookNumbers).NotEmpty().MaxItems(500).Named("学習手帳番号", "passbookNumbers");
        RuleForEach(c => c.PassbookNumbers).NotNull().MaximumLength(PassbookNumber.MaxTypedLength).Named("学習手帳番号", "passbookNumbers");
    }
}

internal sealed class BulkAttendanceHandler(PassbookDbContext db, StampRecorder recorder, TimeProvider clock) : ICommandHandler<BulkAttendanceCommand, BulkAttendanceResult>
{
    public async ValueTask<BulkAttendanceResult> Handle(BulkAttendanceCommand c, CancellationToken cancellationToken)
    {
        var (session, programme) = await recorder.FindAsync(c.SessionId, cancellationToken);
        if (c.CallerProviderId is { } own && own != programme.ProviderId)
        {
            throw StampErrors.SessionNotFound();
        }
        if (!session.GivesStampsAt(clock.GetUtcNow()))
        {
            throw StampErrors.NotStarted(); // the whole list, before any learner is locked
        }
        var numbers = c.PassbookNumbers!;
        var rows = new BulkAttendanceRow[numbers.Count];
        // Learners are locked in one order (by number; stable, so a repeated number keeps its
        // place) and two lists sharing people cannot deadlock; rows come back in the list's order.
        var parsed = numbers.Select(text => Domain.PassbookNumber.TryParse(text, out var number) ? number.Value.Digits : null).ToList();
        foreach (var i in Enumerable.Range(0, numbers.Count).OrderBy(i => parsed[i], StringComparer.Ordinal))
        {
            if ((parsed[i] is { } digits ? await LearnerLock.ByPassbookNumberAsync(db, digits, cancellationToken) : null) is not { } learner)
            {
                rows[i] = new BulkAttendanceRow(numbers[i], parsed[i] is null ? "invalid-number" : "unknown-passbook", null);
                continue;
            }
            var outcome = await recorder.RecordAsync(learner, c.SessionId, c.CallerProviderId, StampMethod.Bulk, c.RecordedBy, cancellationToken);
            rows[i] = new BulkAttendanceRow(numbers[i], outcome.Created ? "stamped" : "already-stamped", outcome.StampId);
        }
        return new BulkAttendanceResult(rows.Count(r => r.Result == "stamped"), rows.Count(r => r.Result == "already-stamped"),
            rows.Count(r => r.StampId is null), rows);
    }
}
