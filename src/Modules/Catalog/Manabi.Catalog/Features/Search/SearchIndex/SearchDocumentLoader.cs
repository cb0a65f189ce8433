using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Manabi.Catalog.Features.Classification;
using Manabi.Catalog.Features.Opportunities;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Search.SearchIndex;

/// <summary>
/// Reads opportunities into search documents in feed change-number order. Every change that can
/// alter a search result takes a new change number (pushes, withdrawals, sessions held, provider
/// approval, suspension and renaming), so following the numbers misses nothing.
/// </summary>
internal sealed class SearchDocumentLoader(VenueDirectory venueDirectory)
{

    // Each row read brings its own copy of the provider's name, the field codes and the lists of
    // fields and audiences; a catalog has few distinct ones, so one shared copy of each saves memory.
    private readonly Dictionary<string, string> _shared = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _fieldLists = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Audience[]> _audienceLists = new(StringComparer.Ordinal);

    /// <summary>
    /// Up to <paramref name="max"/> opportunities changed after <paramref name="after"/>, each as its
    /// document now, or null when it is not public. Not thread-safe: the index calls it under its lock.
    /// </summary>
    public async Task<List<(Guid Id, long ChangeNumber, SearchDocument? Document)>> ChangedAfterAsync(
        CatalogDbContext db, long after, int max, CancellationToken cancellationToken)
    {
        var rows = await (
            from o in db.Opportunities.AsNoTracking()
            join p in db.Providers on o.ProviderId equals p.Id
            where o.ChangeNumber > after
            orderby o.ChangeNumber
            select new
            {
                o.Id, o.ChangeNumber, OpportunityStatus = o.Status, o.DuplicateOf, ProviderStatus = p.Status,
                o.ProviderId, ProviderName = p.Name, o.Kind, o.Title, o.TitleKana, o.Fields, o.Audiences, o.Fee,
                o.StampRallyEligible, o.CreditsPerSession, o.SearchText, o.SearchTitle,
            }).Take(max).ToListAsync(cancellationToken);
        var publicIds = rows.Where(r => PublicVisibility.IsPublic(r.OpportunityStatus, r.DuplicateOf, r.ProviderStatus)).Select(r => r.Id).ToList();
        var sessions = (await db.Sessions.AsNoTracking()
                .Where(s => publicIds.Contains(s.OpportunityId) && s.Status == SessionStatus.Scheduled)
                .ToListAsync(cancellationToken))
            .ToLookup(s => s.OpportunityId);
        // One summary per venue, shared by the sessions held there.
        var venues = (await venueDirectory.FindAsync(db, sessions.SelectMany(s => s).Select(s => s.VenueId), cancellationToken))
            .ToDictionary(v => v.Key, v => VenueSummary.From(v.Value));
        return rows.ConvertAll(r => (r.Id, r.ChangeNumber, PublicVisibility.IsPublic(r.OpportunityStatus, r.DuplicateOf, r.ProviderStatus)
            ? new SearchDocument
            {
                Id = r.Id, ProviderId = r.ProviderId, ProviderName = Shared(r.ProviderName), Kind = r.Kind, Title = r.Title,
                TitleKana = r.TitleKana, Fields = SharedList(_fieldLists, r.Fields.ConvertAll(Shared)),
                Audiences = SharedList(_audienceLists, r.Audiences), Fee = r.Fee, StampRallyEligible = r.StampRallyEligible,
                CreditsPerSession = r.CreditsPerSession, SearchText = TitleFirst(r.SearchText, r.SearchTitle), SearchTitleLength = r.SearchTitle.Length,
                // The order a result lists them in (as OpportunityResponse does).
                Sessions = sessions[r.Id].OrderBy(s => s.StartsAt).ThenBy(s => s.ExternalId)
                    .Select(s => SearchSession.From(s, s.VenueId is { } venue ? venues.GetValueOrDefault(venue) : null)).ToArray(),
            }
            : null));
    }

    public static async Task<FieldTree> FieldsAsync(CatalogDbContext db, CancellationToken cancellationToken) =>
        new(await db.Fields.AsNoTracking().ToDictionaryAsync(f => f.Code, f => f.ParentCode, cancellationToken));

    private string Shared(string text) => _shared.TryGetValue(text, out var shared) ? shared : _shared[text] = text;

    // Normalizing maps each character by itself and only folds spaces, so the title's normalized
    // form begins the text's; should one ever not, the title is put in front so ranking still finds it.
    private static string TitleFirst(string text, string title) =>
        text.StartsWith(title, StringComparison.Ordinal) ? text : $"{title} {text}";

    // Documents never change their lists, so one array can serve every document with the same items.
    private static T[] SharedList<T>(Dictionary<string, T[]> lists, List<T> items)
    {
        var key = string.Join('\u001f', items);
        return lists.TryGetValue(key, out var shared) ? shared : lists[key] = [.. items];
    }
}
