using System.Globalization;
using Manabi.BuildingBlocks.Contracts;
using Manabi.Catalog.Contracts;
using Manabi.Passbook.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Passbook.Features.Learners.GetHistory;

internal sealed record GetHistoryQuery(Guid? LearnerId, LearnerReader Reader) : IQuery<LearningHistory>;

internal sealed class GetHistoryHandler(PassbookDbContext db, ISender sender, TimeProvider clock) : IQueryHandler<GetHistoryQuery, LearningHistory>
{

    public async ValueTask<LearningHistory> Handle(GetHistoryQuery q, CancellationToken cancellationToken)
    {
        var learner = await LearnerAccess.ResolveAsync(db, q.LearnerId, q.Reader, "history", clock, cancellationToken);
        var rows = await db.Stamps.AsNoTracking().Where(s => s.LearnerId == learner.Id)
            .Join(db.ProgrammeSessions, s => s.SessionId, session => session.SessionId, (s, session) => new { Stamp = s, session.StartsAt })
            .OrderByDescending(x => x.StartsAt).ThenBy(x => x.Stamp.Id)
            .ToListAsync(cancellationToken);
        // Once per programme, not per stamp: the fields are a JSON list to read.
        var programmeIds = rows.Select(r => r.Stamp.OpportunityId).Distinct().ToList();
        var mainField = await db.Programmes.AsNoTracking().Where(p => programmeIds.Contains(p.OpportunityId))
            .ToDictionaryAsync(p => p.OpportunityId, p => p.Fields.FirstOrDefault(), cancellationToken);
        // Titles and provider names live in Catalog: asked for through its Contracts, never read from its tables.
        var titles = (await sender.Send(new GetOpportunityTitlesQuery(programmeIds), cancellationToken))
            .ToDictionary(t => t.OpportunityId);
        var stamps = rows.ConvertAll(r =>
        {
            var title = titles.GetValueOrDefault(r.Stamp.OpportunityId);
            return new HistoryStamp(r.Stamp.Id, r.Stamp.OpportunityId, title?.Title, r.Stamp.ProviderId, title?.ProviderName, r.Stamp.SessionId,
                JapanTime.Of(r.StartsAt), r.Stamp.Credits, r.Stamp.Method, JapanTime.Of(r.Stamp.RecordedAt), !r.Stamp.Counts, r.Stamp.VoidReason);
        });
        var counting = rows.Where(r => r.Stamp.Counts).ToList();
        var byField = counting.Select(r => (Field: mainField.GetValueOrDefault(r.Stamp.OpportunityId), r.Stamp.Credits)).Where(x => x.Field is not null)
            .GroupBy(x => x.Field!).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new HistoryTotal(g.Key, g.Sum(x => x.Credits), g.Count())).ToList();
        var byYear = counting.GroupBy(r => FiscalYear.Of(r.StartsAt).StartYear).OrderBy(g => g.Key)
            .Select(g => new HistoryTotal(g.Key.ToString(CultureInfo.InvariantCulture), g.Sum(x => x.Stamp.Credits), g.Count())).ToList();
        return new LearningHistory(learner.Id, counting.Sum(r => r.Stamp.Credits), stamps, byField, byYear);
    }
}
