using System.Security.Claims;
using System.Text.Json.Serialization;
using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.Passbook.Contracts;
using Manabi.Passbook.Data;
using Manabi.Passbook.Features.Commendations;
using Manabi.Passbook.Features.Learners;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Passbook.Features.Stamps;

/// <summary>Void a stamp given by mistake: it stays on record, its credits stop counting.</summary>
/// <param name="Reason">Why (kept in the audit trail).</param>
public sealed record VoidStampCommand(string? Reason) : ICommand
{
    [JsonIgnore] internal Guid StampId { get; init; }
    [JsonIgnore] internal Guid? CallerProviderId { get; init; }
    [JsonIgnore] internal string VoidedBy { get; init; } = "";
}

internal sealed class VoidStampValidator : AbstractValidator<VoidStampCommand>
{
    public VoidStampValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(500).Named("理由", "reason");
}

internal sealed class VoidStampHandler(PassbookDbContext db, TimeProvider clock) : ICommandHandler<VoidStampCommand>
{
    public async ValueTask<Mediator.Unit> Handle(VoidStampCommand c, CancellationToken cancellationToken)
    {
        var learnerId = await db.Stamps.Where(s => s.Id == c.StampId && (c.CallerProviderId == null || s.ProviderId == c.CallerProviderId))
            .Select(s => (Guid?)s.LearnerId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(new Text("スタンプが見つかりません。", "No such stamp."));
        var learner = await LearnerLock.ByIdAsync(db, learnerId, cancellationToken) ?? throw new InvalidOperationException("A stamp's learner always exists.");
        var stamp = await db.Stamps.SingleAsync(s => s.Id == c.StampId, cancellationToken);
        var now = clock.GetUtcNow();
        if (stamp.Void(c.Reason!, c.VoidedBy, now))
        {
            db.Publish(new StampVoidedIntegrationEvent(stamp.Id, stamp.LearnerId, stamp.SessionId, stamp.OpportunityId, stamp.Credits));
            await db.SaveChangesAsync(cancellationToken);
            await CommendationEvaluator.EvaluateAsync(db, learner, now, cancellationToken);
        }
        return Mediator.Unit.Value;
    }
}

internal static class VoidStampEndpoint
{
    public static void Map(IEndpointRouteBuilder group) => group
        .MapPost("/stamps/{id:guid}/void", async (Guid id, VoidStampCommand command, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
        {
            await sender.Send(command with
            {
                StampId = id,
                CallerProviderId = user.PartnerProviderId(),
                VoidedBy = user.Actor(),
            }, ct);
            return Results.NoContent();
        })
        .WithName("VoidStamp")
        .WithSummary("Void a stamp")
        .WithDescription("Staff, or the provider that gave it. The stamp stays in the audit trail; its credits no longer count, and a " +
            "commendation that depended on them is withdrawn. Voiding twice is harmless.")
        .RequireAuthorization(Policies.StaffOrPartner)
        .Produces(StatusCodes.Status204NoContent)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
