using System.Security.Claims;
using System.Text.Json.Serialization;
using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.Passbook.Contracts;
using Manabi.Passbook.Data;
using Manabi.Passbook.Features.Learners;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Passbook.Features.Stamps;

/// <summary>Stamp a whole attendance list after a session.</summary>
/// <param name="PassbookNumbers">Passbook numbers of those who attended (1 to 500).</param>
public sealed record BulkAttendanceCommand(IReadOnlyList<string>? PassbookNumbers) : ICommand<BulkAttendanceResult>
{
    [JsonIgnore] internal Guid SessionId { get; init; }
    [JsonIgnore] internal Guid? CallerProviderId { get; init; }
    [JsonIgnore] internal string RecordedBy { get; init; } = "";
}

/// <summary>Per-row results, in the order sent.</summary>
public sealed record BulkAttendanceResult(int Stamped, int AlreadyStamped, int Rejected, IReadOnlyList<BulkAttendanceRow> Rows);

/// <summary>One row: <c>stamped</c>, <c>already-stamped</c>, <c>invalid-number</c> (a typo) or <c>unknown-passbook</c>.</summary>
public sealed record BulkAttendanceRow(string PassbookNumber, string Result, Guid? StampId);

internal sealed class BulkAttendanceValidator : AbstractValidator<BulkAttendanceCommand>
{
    public BulkAttendanceValidator()
    {
        RuleFor(c => c.PassbookNumbers).NotEmpty().Must(n => n!.Count <= 500).Named("学習手帳番号", "passbookNumbers");
        RuleForEach(c => c.PassbookNumbers).NotNull().Named("学習手帳番号", "passbookNumbers");
    }
}

internal sealed class BulkAttendanceHandler(PassbookDbContext db, StampRecorder recorder) : ICommandHandler<BulkAttendanceCommand, BulkAttendanceResult>
{
    public async ValueTask<BulkAttendanceResult> Handle(BulkAttendanceCommand c, CancellationToken cancellationToken)
    {
        var (_, programme) = await recorder.FindAsync(c.SessionId, cancellationToken);
        if (c.CallerProviderId is { } own && own != programme.ProviderId)
        {
            throw StampErrors.SessionNotFound();
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

internal static class BulkAttendanceEndpoint
{
    public static void Map(IEndpointRouteBuilder group) => group
        .MapPost("/sessions/{sessionId:guid}/attendance", async (Guid sessionId, BulkAttendanceCommand command, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(command with
            {
                SessionId = sessionId,
                CallerProviderId = user.PartnerProviderId(),
                RecordedBy = user.Actor(),
            }, ct)))
        .WithName("RecordAttendanceList")
        .WithSummary("Stamp an attendance list")
        .WithDescription("After a session, the provider (its own sessions only) or staff send the passbook numbers of those who came. " +
            "Each row is stamped, already stamped, or rejected (a mistyped number, an unknown passbook) without holding up the others. Honours `Idempotency-Key`.")
        .RequireAuthorization(Policies.StaffOrPartner)
        .Idempotent()
        .Produces<BulkAttendanceResult>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesAuthProblems();
}
