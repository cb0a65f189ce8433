using Manabi.BuildingBlocks.Csv;
using System.Text;
using FluentValidation;
using Manabi.BuildingBlocks;
using Manabi.Catalog.Data;
using Manabi.Catalog.Domain;
using Manabi.Catalog.Features.Opportunities;
using Manabi.Catalog.Features.Search;
using Manabi.Catalog.Features.Search.SearchOpportunities;
using Mediator;
using Microsoft.Extensions.Options;

namespace Manabi.Catalog.Features.Exports;

internal enum ExportFormat
{
    EventListCsv,
    ICalendar,
}

/// <summary>The sessions of public opportunities matching the search criteria, as a file.</summary>
internal sealed record ExportOpportunitiesQuery(SearchOpportunitiesQuery Criteria, ExportFormat Format, string BaseUrl, string? Encoding = null)
    : IQuery<ExportFile>
{
    /// <summary>Opportunities per export; narrow the filters for more.</summary>
    public const int MaxOpportunities = 2000;
}

internal sealed record ExportFile(string ContentType, string FileName, byte[] Content);

/// <summary>One exported row: a session with what it belongs to.</summary>
internal sealed record ExportedSession(LearningOpportunity Opportunity, Session Session, Provider Provider, Venue? Venue);

internal sealed class ExportOpportunitiesValidator : AbstractValidator<ExportOpportunitiesQuery>
{
    public ExportOpportunitiesValidator()
    {
        RuleFor(q => q.Criteria).NotNull();
        RuleFor(q => q.Encoding).IsCsvEncoding();
    }
}

internal sealed class ExportOpportunitiesHandler(
    CatalogDbContext db, OpportunityFinder finder, OpportunityReader reader, IValidator<SearchOpportunitiesQuery> criteriaValidator,
    IOptions<CityOptions> city, TimeProvider clock) : IQueryHandler<ExportOpportunitiesQuery, ExportFile>
{
    public async ValueTask<ExportFile> Handle(ExportOpportunitiesQuery query, CancellationToken cancellationToken)
    {
        // Same criteria, same rules, same messages as search.
        await criteriaValidator.ValidateAndThrowAsync(query.Criteria, cancellationToken);
        var now = clock.GetUtcNow();
        var ids = (await finder.FindAsync(query.Criteria with { Sort = "date", Cursor = null }, now, ExportOpportunitiesQuery.MaxOpportunities, cancellationToken))
            .ConvertAll(f => f.Id!.Value);
        // The session-level filters of search, applied to each session (cancelled ones stay, marked as such).
        var sessions = new SessionFilter(query.Criteria, now);
        var (opportunities, providers, venues) = await reader.LoadGraphAsync(db.Opportunities.Where(o => ids.Contains(o.Id)), cancellationToken);
        var rows = opportunities
            .SelectMany(o => o.Sessions.Select(s => new ExportedSession(o, s, providers[o.ProviderId], s.VenueId is { } v ? venues.GetValueOrDefault(v) : null)))
            .Where(r => sessions.Matches(r.Session.StartsAt.UtcTicks, r.Session.VenueId, r.Venue?.Area, r.Session.SeatsRemaining))
            .OrderBy(r => r.Session.StartsAt).ThenBy(r => r.Session.Id)
            .ToList();
        if (query.Format == ExportFormat.ICalendar)
        {
            return new ExportFile("text/calendar; charset=utf-8", "calendar.ics", Encoding.UTF8.GetBytes(ICalendarWriter.Write(rows, city.Value, query.BaseUrl, now)));
        }
        var (bytes, charset) = CsvEncoding.Encode(EventListCsv.Write(rows, city.Value, query.BaseUrl), query.Encoding);
        return new ExportFile($"text/csv; charset={charset}", "events.csv", bytes);
    }
}
