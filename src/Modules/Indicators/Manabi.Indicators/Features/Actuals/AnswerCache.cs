using Manabi.BuildingBlocks.Data;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Manabi.Indicators.Features.Actuals;

/// <summary>
/// The public reads' answers (the report, drill-down pages) kept in this replica's memory beside the
/// fingerprint of the rows they were made from: those rows' versions (PostgreSQL's <c>xmin</c>, which
/// every insert and update renews). What is counted cannot change without its counter: Tally writes
/// the counter of every year an item enters or leaves in the same transaction.
/// An answer checked less than <see cref="IndicatorsOptions.AnswersFreshFor"/> ago is given again
/// without asking; after that one small statement reads the fingerprint, and only a changed one makes
/// the answer again. A change committed here is seen at once (it <see cref="ForgetAfterCommit">marks
/// every answer for checking</see>); one committed by another replica within that time.
/// </summary>
internal sealed class AnswerCache(TimeProvider clock, IOptions<IndicatorsOptions> options) : IDisposable
{
    // Entries of one size each: the bound is on answers kept, whatever keys clients ask for.
    private readonly MemoryCache _answers = new(new MemoryCacheOptions { SizeLimit = 2_000 });
    private long _generation;

    /// <summary>
    /// The answer kept under the key if still current; otherwise made and kept. The fingerprint is
    /// read only when the answer is due for checking; none (nothing found) keeps nothing.
    /// </summary>
    public async Task<T> GetOrMakeAsync<T>(string key, Func<Task<string?>> fingerprint, Func<Task<T>> make) where T : class
    {
        // Read before the database is: a change committed from here on moves it, and what is kept now is checked again.
        var generation = Interlocked.Read(ref _generation);
        var now = clock.GetUtcNow();
        var kept = _answers.Get<Kept<T>>(key);
        if (kept is not null && kept.Generation == generation && now - kept.CheckedAt < options.Value.AnswersFreshFor)
        {
            return kept.Answer;
        }
        var current = await fingerprint();
        var answer = kept is not null && kept.Fingerprint == current ? kept.Answer : await make();
        if (current is not null)
        {
            _answers.Set(key, new Kept<T>(current, answer, now, generation), new MemoryCacheEntryOptions { Size = 1 });
        }
        return answer;
    }

    /// <summary>Once the transaction commits, every kept answer is checked before it is given again.</summary>
    public void ForgetAfterCommit(DbSession session) => session.AfterCommit(() => Interlocked.Increment(ref _generation));

    /// <summary>Checks every kept answer before giving it again (tests that empty the tables).</summary>
    public void Forget() => Interlocked.Increment(ref _generation);

    public void Dispose() => _answers.Dispose();

    private sealed record Kept<T>(string Fingerprint, T Answer, DateTimeOffset CheckedAt, long Generation);
}
