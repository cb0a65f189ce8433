using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Messaging;
using Manabi.Indicators.Data;
using Manabi.Indicators.Domain;
using Manabi.Passbook.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Indicators.Features.StampRally;

internal sealed class LearnerRegisteredConsumer(IndicatorsDbContext db, DbSession session)
    : IntegrationEventHandler<LearnerRegisteredIntegrationEvent, IndicatorsDbContext>(db, session)
{
    protected override Task ApplyAsync(LearnerRegisteredIntegrationEvent e, CancellationToken cancellationToken)
    {
        Db.LearnerRegistrations.Add(LearnerRegistration.Record(e.LearnerId, e.RegisteredAt));
        return Task.CompletedTask;
    }
}

internal sealed class CommendationAwardedConsumer(IndicatorsDbContext db, DbSession session)
    : IntegrationEventHandler<CommendationAwardedIntegrationEvent, IndicatorsDbContext>(db, session)
{
    protected override async Task ApplyAsync(CommendationAwardedIntegrationEvent e, CancellationToken cancellationToken)
    {
        var record = await Db.Commendations.SingleOrDefaultAsync(c => c.CommendationId == e.CommendationId, cancellationToken);
        if (record is null)
        {
            Db.Commendations.Add(CommendationRecord.Award(e.CommendationId, e.LearnerId, e.AwardedOn));
        }
        else
        {
            record.AwardAgain(e.AwardedOn); // withdrawn, reached again, and awarded at a later ceremony
        }
    }
}

internal sealed class CommendationWithdrawnConsumer(IndicatorsDbContext db, DbSession session)
    : IntegrationEventHandler<CommendationWithdrawnIntegrationEvent, IndicatorsDbContext>(db, session)
{
    protected override async Task ApplyAsync(CommendationWithdrawnIntegrationEvent e, CancellationToken cancellationToken) =>
        (await Db.Commendations.SingleOrDefaultAsync(c => c.CommendationId == e.CommendationId, cancellationToken))?.Withdraw();
}

/// <summary>Stamp-rally participation in one fiscal year (indicators 22-1 and 24-3).</summary>
/// <param name="FiscalYear">Fiscal year by its starting calendar year.</param>
/// <param name="LearnersRegistered">Learners who registered that year.</param>
/// <param name="CumulativeLearners">Learners registered up to the end of that year.</param>
/// <param name="LearnersCommended">Learners commended that year (withdrawn commendations do not count).</param>
public sealed record StampRallyYear(int FiscalYear, int LearnersRegistered, int CumulativeLearners, int LearnersCommended);

internal sealed record GetStampRallyQuery : IQuery<IReadOnlyList<StampRallyYear>>;

internal sealed class GetStampRallyHandler(IndicatorsDbContext db) : IQueryHandler<GetStampRallyQuery, IReadOnlyList<StampRallyYear>>
{
    public async ValueTask<IReadOnlyList<StampRallyYear>> Handle(GetStampRallyQuery q, CancellationToken cancellationToken)
    {
        var registered = await db.LearnerRegistrations.AsNoTracking().GroupBy(r => r.FiscalYear)
            .Select(g => new { Year = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Year, x => x.Count, cancellationToken);
        var commended = await db.Commendations.AsNoTracking().Where(c => !c.Withdrawn).GroupBy(c => c.FiscalYear)
            .Select(g => new { Year = g.Key, Count = g.Select(c => c.LearnerId).Distinct().Count() }).ToDictionaryAsync(x => x.Year, x => x.Count, cancellationToken);
        var cumulative = 0;
        return registered.Keys.Union(commended.Keys).Order()
            .Select(year => new StampRallyYear(year, registered.GetValueOrDefault(year), cumulative += registered.GetValueOrDefault(year), commended.GetValueOrDefault(year)))
            .ToList();
    }
}

internal static class StampRallyEndpoint
{
    public static void Map(IEndpointRouteBuilder group) => group
        .MapGet("/stamp-rally-by-fiscal-year", async (ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new GetStampRallyQuery(), ct)))
        .WithName("GetStampRallyByFiscalYear")
        .WithSummary("Stamp-rally learners and commendations per fiscal year")
        .WithDescription("Indicators 22-1 (registered learners) and 24-3 (learners commended for the designated credits), counted from Passbook's events. " +
            "A learner who later asked for their data to be deleted still counts: deletion is not un-registration.")
        .AllowAnonymous()
        .Produces<IReadOnlyList<StampRallyYear>>();
}
