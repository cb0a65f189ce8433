using Manabi.Catalog.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Manabi.Catalog.Features.Search.SearchIndex;

/// <summary>
/// Public search's copy of the catalog, in memory in each replica. It follows the feed's change
/// numbers: before each search one indexed lookup reads the latest committed number, and changes
/// the copy has not seen are read first, so a search never misses a change committed before it
/// started, on any replica. Changes pile up beside the segment until a rebuild, in the background,
/// folds them in.
/// </summary>
internal sealed partial class OpportunitySearchIndex(
    NpgsqlDataSource dataSource, IServiceScopeFactory scopes, Classification.VenueDirectory venues, ILogger<OpportunitySearchIndex> logger)
    : IDisposable
{
    /// <summary>Changed documents that every search checks one by one, before a rebuild folds them in.</summary>
    internal const int RebuildAbove = 500;

    /// <summary>Changes to catch up on above which the whole catalog is read again instead.</summary>
    private const int BuildAfresh = 20_000;

    private const int ReadBatch = 5000;

    /// <summary>The one statement a search sends (the benchmark runs it alone for the API/SQL ratio).</summary>
    internal const string LatestChangeSql = "SELECT max(change_number) FROM catalog.learning_opportunities";

    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly SearchDocumentLoader _loader = new(venues);
    private volatile SearchSnapshot? _current;
    private bool _builtOnce;
    private Task _rebuild = Task.CompletedTask;

    public bool IsReady => _current is not null;

    /// <summary>The rebuild under way, or a completed task.</summary>
    internal Task Rebuilding => _rebuild;

    /// <summary>The catalog including every change committed before this call.</summary>
    public async Task<SearchSnapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        var latest = await LatestChangeAsync(cancellationToken);
        if (_current is { } fresh && fresh.ChangeNumber == latest)
        {
            return fresh;
        }
        await _writer.WaitAsync(cancellationToken);
        try
        {
            // Read again: while this call waited, another may have caught up past what it read.
            latest = await LatestChangeAsync(cancellationToken);
            if (_current is { } caughtUp && caughtUp.ChangeNumber == latest)
            {
                return caughtUp;
            }
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
            // Numbers only grow; a lower one means the database was restored from an older state. Far
            // behind (a bulk load), reading everything afresh beats checking that many changes one by one.
            if (_current is null || _current.ChangeNumber > latest || latest - _current.ChangeNumber > BuildAfresh)
            {
                _current = await BuildAsync(db, cancellationToken);
            }
            while (_current.ChangeNumber < latest)
            {
                var changes = await _loader.ChangedAfterAsync(db, _current.ChangeNumber, ReadBatch, cancellationToken);
                if (changes.Count == 0) break;
                _current = _current.With(changes.ConvertAll(c => (c.Id, c.Document)), changes[^1].ChangeNumber);
            }
            if (_current.Changed.Count > RebuildAbove && _rebuild.IsCompleted)
            {
                var basis = _current;
                // Not the caller's token: the rebuild serves every later search, not this one.
                _rebuild = Task.Run(() => RebuildAsync(basis), CancellationToken.None);
            }
            return _current;
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>
    /// The latest change number committed (0 for an empty catalog): one backward step of the
    /// change-number index, straight on the data source, since a search needs no DbContext otherwise.
    /// </summary>
    private async Task<long> LatestChangeAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(LatestChangeSql);
        return await command.ExecuteScalarAsync(cancellationToken) is long latest ? latest : 0;
    }

    /// <summary>Changes committed that this copy has not read yet (it reads them at the next search); none before it is built.</summary>
    internal async Task<long?> LagAsync(CancellationToken cancellationToken) =>
        _current is { } current ? Math.Max(0, await LatestChangeAsync(cancellationToken) - current.ChangeNumber) : null;

    public void Dispose() => _writer.Dispose();

    /// <summary>Drops the copy; the next search reads the catalog again (for tests that empty the database).</summary>
    internal void Forget()
    {
        _writer.Wait();
        _current = null;
        _writer.Release();
    }

    private async Task<SearchSnapshot> BuildAsync(CatalogDbContext db, CancellationToken cancellationToken)
    {
        var documents = new Dictionary<Guid, SearchDocument?>();
        long last = 0;
        while (true)
        {
            var changes = await _loader.ChangedAfterAsync(db, last, ReadBatch, cancellationToken);
            changes.ForEach(c => documents[c.Id] = c.Document);
            if (changes.Count < ReadBatch)
            {
                last = changes.Count > 0 ? changes[^1].ChangeNumber : last;
                break;
            }
            last = changes[^1].ChangeNumber;
        }
        var fields = await SearchDocumentLoader.FieldsAsync(db, cancellationToken);
        var snapshot = new SearchSnapshot(SearchSegment.Build(documents.Values.OfType<SearchDocument>(), fields), fields, last);
        LogBuilt(snapshot.Segment.Documents.Length, last);
        if (!_builtOnce)
        {
            _builtOnce = true;
            // Reading the catalog leaves garbage several times the index's size, much of it promoted
            // to gen2 or on the large object heap, which the GC keeps committed for a long while (at
            // 100,000 opportunities, 180 of 390 MB). Once, at start-up, before the replica reports
            // ready (nothing waits on it yet), a compacting collection gives that back to the system.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
        return snapshot;
    }

    // Outside the lock: searches and catch-ups go on meanwhile, and changes that arrive during the
    // build stay beside the new segment.
    private async Task RebuildAsync(SearchSnapshot basis)
    {
        try
        {
            var segment = SearchSegment.Build(basis.Documents(), basis.Fields);
            await _writer.WaitAsync();
            try
            {
                // Forgotten or built afresh meanwhile: this segment is of a catalog no longer held.
                if (_current is not { } current || !ReferenceEquals(current.Segment, basis.Segment)) return;
                var later = current.Changed
                    .Where(c => !basis.Changed.TryGetValue(c.Key, out var folded) || !ReferenceEquals(folded, c.Value))
                    .Select(c => (c.Key, c.Value)).ToList();
                _current = new SearchSnapshot(segment, basis.Fields, basis.ChangeNumber).With(later, current.ChangeNumber);
            }
            finally
            {
                _writer.Release();
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Searches stay correct without the rebuild; they only check more changed documents one by one.
            LogRebuildFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index built: {Documents} public opportunities up to change {ChangeNumber}")]
    private partial void LogBuilt(int documents, long changeNumber);

    [LoggerMessage(Level = LogLevel.Error, Message = "Search index rebuild failed")]
    private partial void LogRebuildFailed(Exception exception);
}
