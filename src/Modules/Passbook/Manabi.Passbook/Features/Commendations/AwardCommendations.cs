using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.Passbook.Contracts;
using Manabi.Passbook.Data;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Passbook.Features.Commendations;

/// <summary>A commendation, for staff preparing a ceremony.</summary>
public sealed record CommendationResponse(Guid Id, Guid LearnerId, string PassbookHolder, Guid LevelId, string LevelName, decimal LevelCredits,
    CommendationStatus Status, DateTimeOffset ReachedAt, DateOnly? AwardedOn);

internal sealed record ListCommendationsQuery(CommendationStatus? Status, string Reader) : IQuery<IReadOnlyList<CommendationResponse>>;

internal sealed class ListCommendationsHandler(PassbookDbContext db, TimeProvider clock) : IQueryHandler<ListCommendationsQuery, IReadOnlyList<CommendationResponse>>
{
    public async ValueTask<IReadOnlyList<CommendationResponse>> Handle(ListCommendationsQuery q, CancellationToken cancellationToken)
    {
        var list = await db.Commendations.AsNoTracking()
            .Where(c => c.Status == (q.Status ?? CommendationStatus.Pending))
            .Join(db.Levels, c => c.LevelId, l => l.Id, (c, l) => new { c, l })
            .Join(db.Learners, x => x.c.LearnerId, learner => learner.Id, (x, learner) => new { x.c, x.l, learner.DisplayName })
            .OrderBy(x => x.c.ReachedAt).ThenBy(x => x.c.Id).Take(1000)
            .Select(x => new CommendationResponse(x.c.Id, x.c.LearnerId, x.DisplayName, x.l.Id, x.l.Name, x.l.Credits, x.c.Status, x.c.ReachedAt, x.c.AwardedOn))
            .ToListAsync(cancellationToken);
        // The list shows learners' names: each is a staff read of personal data.
        var now = clock.GetUtcNow();
        db.PersonalDataReads.AddRange(list.Select(c => c.LearnerId).Distinct().Select(learner => Domain.PersonalDataRead.Record(learner, q.Reader, "commendation-list", now)));
        await db.SaveChangesAsync(cancellationToken);
        return list;
    }
}

/// <summary>Record that commendations were given at a ceremony.</summary>
/// <param name="CommendationIds">Pending commendations awarded (1 to 500).</param>
/// <param name="CeremonyDate">Date of the ceremony.</param>
public sealed record AwardCommendationsCommand(IReadOnlyList<Guid>? CommendationIds, DateOnly? CeremonyDate) : ICommand<int>
{
    /// <summary>Where credentials will point verifiers (this API's public address).</summary>
    [System.Text.Json.Serialization.JsonIgnore] internal string BaseUrl { get; init; } = "";
}

internal sealed class AwardCommendationsValidator : AbstractValidator<AwardCommendationsCommand>
{
    public AwardCommendationsValidator()
    {
        RuleFor(c => c.CommendationIds).NotEmpty().Must(ids => ids!.Count <= 500).WithName("commendationIds");
        RuleFor(c => c.CeremonyDate).NotNull().Named("表彰式の日", "ceremonyDate");
    }
}

internal sealed class AwardCommendationsHandler(PassbookDbContext db, Credentials.CredentialIssuer issuer) : ICommandHandler<AwardCommendationsCommand, int>
{
    public async ValueTask<int> Handle(AwardCommendationsCommand c, CancellationToken cancellationToken)
    {
        var commendations = await db.Commendations.Where(x => c.CommendationIds!.Contains(x.Id)).ToListAsync(cancellationToken);
        var levels = await db.Levels.AsNoTracking().ToDictionaryAsync(l => l.Id, cancellationToken);
        var awarded = 0;
        foreach (var commendation in commendations.Where(x => x.Award(c.CeremonyDate!.Value)))
        {
            db.Publish(new CommendationAwardedIntegrationEvent(commendation.Id, commendation.LearnerId, commendation.LevelId,
                levels[commendation.LevelId].Credits, c.CeremonyDate!.Value));
            // Every awarded commendation comes with its verifiable credential: no application needed.
            var learner = await db.Learners.AsNoTracking().SingleAsync(l => l.Id == commendation.LearnerId, cancellationToken);
            var credits = await db.Stamps.Where(s => s.LearnerId == learner.Id && s.VoidedAt == null).SumAsync(s => s.Credits, cancellationToken);
            issuer.IssueForCommendation(learner, commendation, levels[commendation.LevelId], credits, c.BaseUrl);
            awarded++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return awarded;
    }
}

internal static class CommendationEndpoints
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/commendations", async (CommendationStatus? status, System.Security.Claims.ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new ListCommendationsQuery(status, user.Actor()), ct)))
            .WithName("ListCommendations")
            .WithSummary("Commendations (default: pending, for the next ceremony)")
            .WithDescription("Staff.")
            .RequireAuthorization(Policies.Staff)
            .Produces<IReadOnlyList<CommendationResponse>>()
            .ProducesAuthProblems();
        group.MapPost("/commendations/award", async (AwardCommendationsCommand command, HttpRequest request, ISender sender, CancellationToken ct) =>
                Results.Ok(new { awarded = await sender.Send(command with { BaseUrl = request.HttpContext.BaseUrl() }, ct) }))
            .WithName("AwardCommendations")
            .WithSummary("Award commendations at a ceremony")
            .WithDescription("Staff. Only pending commendations are awarded; awarding twice changes nothing. Each award issues the learner an Open Badges 3.0 credential.")
            .RequireAuthorization(Policies.Staff)
            .ProducesValidationProblem()
            .ProducesAuthProblems();
    }
}
