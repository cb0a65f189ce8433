using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Domain;
using Manabi.TalentRegistry.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Manabi.TalentRegistry.Features.Needs;

/// <summary>
/// The matching's copy of the register, in memory in each replica: the people who could be
/// matched and their activity per calendar month. Before each match one indexed lookup reads the
/// register's latest change number (<see cref="RegisterChanges"/>); changes the copy has not seen
/// are read first, so a match never misses a suspension, a lapse or an activity committed before it
/// started, on any replica. Counting a year of activity per candidate from the database took
/// hundreds of milliseconds for a busy field; from this copy it is a few additions.
/// </summary>
internal sealed class MatchingRegister(NpgsqlDataSource dataSource, IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    /// <summary>The one statement a match sends for freshness (the benchmark runs it alone too).</summary>
    internal const string LatestChangeSql =
        "SELECT coalesce(greatest((SELECT max(change_number) FROM talent.people), (SELECT max(change_number) FROM talent.activity_records), " +
        "(SELECT max(change_number) FROM talent.needs), (SELECT max(change_number) FROM talent.proposals)), 0)";

    /// <summary>Matches kept for one change number; a city opens hundreds of needs a year, not thousands at once.</summary>
    private const int MaxRemembered = 2000;

    /// <summary>Changes to catch up on above which the register is read again instead.</summary>
    private const int BuildAfresh = 20_000;

    private readonly SemaphoreSlim _writer = new(1, 1);
    private volatile RegisterSnapshot? _current;
    private volatile RememberedMatches _matches = new(-1, new());

    public async Task<RegisterSnapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        var latest = await LatestChangeAsync(cancellationToken);
        if (_current is { } fresh && fresh.ChangeNumber == latest)
        {
            return fresh;
        }
        await _writer.WaitAsync(cancellationToken);
        try
        {
            latest = await LatestChangeAsync(cancellationToken);
            if (_current is { } caughtUp && caughtUp.ChangeNumber == latest)
            {
                return caughtUp;
            }
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TalentRegistryDbContext>();
            // Numbers only grow; a lower one means the database was restored from an older state.
            _current = _current is null || _current.ChangeNumber > latest || latest - _current.ChangeNumber > BuildAfresh
                ? await BuildAsync(db, latest, clock.Today(), cancellationToken)
                : await CatchUpAsync(db, _current, latest, clock.Today(), cancellationToken);
            return _current;
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>
    /// A match already computed at this change number on this day. Everything it read (people,
    /// activity, needs, proposals) is numbered, and lapses follow the date, so it is still right;
    /// staff reopening a need's list, or two staff looking at once, do not compute it again.
    /// </summary>
    public MatchList? Remembered(RegisterSnapshot register, Guid needId, DateOnly today) =>
        _matches is { } remembered && remembered.ChangeNumber == register.ChangeNumber && remembered.Lists.TryGetValue((needId, today), out var list) ? list : null;

    public void Remember(RegisterSnapshot register, Guid needId, DateOnly today, MatchList list)
    {
        var remembered = _matches;
        if (remembered.ChangeNumber != register.ChangeNumber)
        {
            // A newer number makes every list kept for an older one stale: start afresh.
            remembered = new(register.ChangeNumber, new());
            _matches = remembered;
        }
        if (remembered.Lists.Count < MaxRemembered)
        {
            remembered.Lists[(needId, today)] = list;
        }
    }

    /// <summary>Drops the copy; the next match reads the register again (for tests that empty the database).</summary>
    internal void Forget()
    {
        _writer.Wait();
        _current = null;
        _matches = new(-1, new());
        _writer.Release();
    }

    public void Dispose() => _writer.Dispose();

    private async Task<long> LatestChangeAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(LatestChangeSql);
        return await command.ExecuteScalarAsync(cancellationToken) is long latest ? latest : 0;
    }

    // The number is read before the data: whatever commits in between is read again next time, which is harmless.
    private static async Task<RegisterSnapshot> BuildAsync(TalentRegistryDbContext db, long latest, DateOnly today, CancellationToken cancellationToken)
    {
        var people = (await db.People.AsNoTracking().ToListAsync(cancellationToken)).Where(IsMatchable).ToDictionary(p => p.Id);
        var load = await MonthlyLoadAsync(db, null, today, cancellationToken);
        return new(latest, people, load);
    }

    private static async Task<RegisterSnapshot> CatchUpAsync(
        TalentRegistryDbContext db, RegisterSnapshot current, long latest, DateOnly today, CancellationToken cancellationToken)
    {
        var after = current.ChangeNumber;
        var changedPeople = await db.People.AsNoTracking().Where(p => EF.Property<long>(p, RegisterChanges.Property) > after).ToListAsync(cancellationToken);
        var busier = await db.ActivityRecords.AsNoTracking().Where(r => EF.Property<long>(r, RegisterChanges.Property) > after)
            .Select(r => r.PersonId).Distinct().ToListAsync(cancellationToken);
        var people = current.People;
        if (changedPeople.Count > 0)
        {
            var copy = new Dictionary<Guid, Person>(current.People);
            foreach (var person in changedPeople)
            {
                copy.Remove(person.Id);
                if (IsMatchable(person))
                {
                    copy[person.Id] = person;
                }
            }
            people = copy;
        }
        var load = current.Load;
        if (busier.Count > 0)
        {
            var copy = new Dictionary<Guid, IReadOnlyDictionary<int, int>>(current.Load);
            busier.ForEach(id => copy.Remove(id));
            foreach (var (id, months) in await MonthlyLoadAsync(db, busier, today, cancellationToken))
            {
                copy[id] = months;
            }
            load = copy;
        }
        return new(latest, people, load);
    }

    private static bool IsMatchable(Person p) => p.ErasedAt == null && p.Status != PersonStatus.Declined && p.Status != PersonStatus.Retired;

    /// <summary>Counted activity per person and calendar month, from 13 months back (the window moves on while the copy lives).</summary>
    private static async Task<Dictionary<Guid, IReadOnlyDictionary<int, int>>> MonthlyLoadAsync(
        TalentRegistryDbContext db, List<Guid>? only, DateOnly today, CancellationToken cancellationToken)
    {
        var from = RegisterSnapshot.MonthOf(today) - RegisterSnapshot.WindowMonths;
        var fromDate = new DateOnly(from / 12, from % 12 + 1, 1);
        var records = db.ActivityRecords.AsNoTracking().Where(r => r.VoidedAt == null && r.Date >= fromDate);
        if (only is not null)
        {
            records = records.Where(r => only.Contains(r.PersonId));
        }
        var rows = await records.GroupBy(r => new { r.PersonId, r.Date.Year, r.Date.Month })
            .Select(g => new { g.Key.PersonId, g.Key.Year, g.Key.Month, Count = g.Count() }).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.PersonId).ToDictionary(g => g.Key,
            g => (IReadOnlyDictionary<int, int>)g.ToDictionary(r => r.Year * 12 + r.Month - 1, r => r.Count));
    }
}

internal sealed record RememberedMatches(long ChangeNumber, System.Collections.Concurrent.ConcurrentDictionary<(Guid NeedId, DateOnly Today), MatchList> Lists);

/// <summary>The register as of one change number, never changed once built.</summary>
/// <param name="ChangeNumber">The last change it includes.</param>
/// <param name="People">Everyone who could be matched (not erased, declined or retired), by id.</param>
/// <param name="Load">Counted activity per person and month (<see cref="MonthOf"/>).</param>
internal sealed record RegisterSnapshot(long ChangeNumber, IReadOnlyDictionary<Guid, Person> People, IReadOnlyDictionary<Guid, IReadOnlyDictionary<int, int>> Load)
{
    /// <summary>Months counted before the current one: with it, the last twelve calendar months and a little more.</summary>
    public const int WindowMonths = 12;

    public static int MonthOf(DateOnly day) => day.Year * 12 + day.Month - 1;

    /// <summary>Activity in this calendar month and the twelve before it.</summary>
    public int RecentActivities(Guid personId, DateOnly today)
    {
        if (!Load.TryGetValue(personId, out var months))
        {
            return 0;
        }
        var now = MonthOf(today);
        var sum = 0;
        foreach (var (month, count) in months)
        {
            if (month <= now && month >= now - WindowMonths) sum += count;
        }
        return sum;
    }
}
