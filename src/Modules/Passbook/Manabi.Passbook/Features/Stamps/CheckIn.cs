using System.Security.Claims;
using System.Text.Json.Serialization;
using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.Passbook.Contracts;
using Manabi.Passbook.Data;
using Manabi.Passbook.Domain;
using Manabi.Passbook.Features.Learners;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Passbook.Features.Stamps;

/// <summary>The code a venue shows now, and until when it is good.</summary>
public sealed record CheckInCodeResponse(Guid SessionId, string Code, DateTimeOffset ValidUntil, DateTimeOffset OpensAt, DateTimeOffset ClosesAt);

internal sealed record GetCheckInCodeQuery(Guid SessionId, Guid? CallerProviderId) : IQuery<CheckInCodeResponse>;

internal sealed class GetCheckInCodeHandler(StampRecorder recorder, CheckInCode codes, TimeProvider clock) : IQueryHandler<GetCheckInCodeQuery, CheckInCodeResponse>
{
    public async ValueTask<CheckInCodeResponse> Handle(GetCheckInCodeQuery q, CancellationToken cancellationToken)
    {
        var (session, programme) = await recorder.FindAsync(q.SessionId, cancellationToken);
        if (q.CallerProviderId is { } own && own != programme.ProviderId)
        {
            throw StampErrors.SessionNotFound();
        }
        var (code, validUntil) = codes.Current(session.SessionId, clock.GetUtcNow());
        var japan = TimeSpan.FromHours(9);
        return new(session.SessionId, code, validUntil.ToOffset(japan), (session.StartsAt - CheckInCode.OpensBefore).ToOffset(japan), (session.EndsAt + CheckInCode.ClosesAfter).ToOffset(japan));
    }
}

/// <summary>A learner checks in by sending the code the venue shows (scanned from its QR).</summary>
/// <param name="Code">The whole scanned code, <c>MNBCI2.…</c>.</param>
public sealed record CheckInCommand(string? Code) : ICommand<StampOutcome>
{
    [JsonIgnore] internal string Subject { get; init; } = "";
}

internal sealed class CheckInValidator : AbstractValidator<CheckInCommand>
{
    public CheckInValidator() =>
        RuleFor(c => c.Code).Must(code => CheckInCode.TryRead(code, out _, out _)).Named("チェックインコード", "code")
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

internal static class CheckInEndpoints
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/sessions/{sessionId:guid}/check-in-code", async (Guid sessionId, ClaimsPrincipal user, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                response.Headers.CacheControl = "no-store";
                return Results.Ok(await sender.Send(new GetCheckInCodeQuery(sessionId, user.PartnerProviderId()), ct));
            })
            .WithName("GetCheckInCode")
            .WithSummary("The rotating check-in code of a session")
            .WithDescription("Staff, or the session's provider, show it at the venue as a QR code. It changes every 30 seconds; fetch it again by `validUntil`.")
            .RequireAuthorization(Policies.StaffOrPartner)
            .Produces<CheckInCodeResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesAuthProblems();
        group.MapPost("/check-ins", async (CheckInCommand command, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            {
                var outcome = await sender.Send(command with { Subject = user.FindFirst(ManabiClaims.Subject)!.Value }, ct);
                return outcome.Created ? Results.Created($"/api/v1/passbook/stamps/{outcome.StampId}", outcome) : Results.Ok(outcome);
            })
            .WithName("CheckIn")
            .WithSummary("Check in at a session (self-service stamp)")
            .WithDescription("A learner sends the code scanned at the venue. Refused (422) outside the session's check-in time or with a stale code; " +
                $"after {CheckInAttempts.PerLearner} wrong codes in one 30-second code period, 429 with `Retry-After` until the next code. " +
                "If the learner already has this session's stamp (by any path), answers 200 with it.")
            .RequireAuthorization(Policies.Learner)
            .Idempotent()
            .Produces<StampOutcome>(StatusCodes.Status201Created)
            .Produces<StampOutcome>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesAuthProblems();
    }
}
