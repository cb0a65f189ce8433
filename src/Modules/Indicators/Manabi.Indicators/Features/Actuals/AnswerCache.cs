using Microsoft.Extensions.Caching.Memory;

namespace Manabi.Indicators.Features.Actuals;

/// <summary>
/// The public reads' answers (the report, drill-down pages) kept in this replica's memory beside the
/// fingerprint of the rows they were made from: those rows' versions (PostgreSQL's <c>xmin</c>, which
/// every insert and update renews). What is counted cannot change without its counter: Tally writes
/// the counter of every year an item enters or leaves in the same transaction. An answer is reused
/// while one small statement reads the same fingerprint, so a dashboard refreshed by many costs an
/// index read a request, and no replica serves what another has changed since.
/// </summary>
internal sealed class AnswerCache : IDisposable
{
    // Entries of one size each: the bound is on answers kept, whatever keys clients ask for.
    private readonly MemoryCache _answers = new(new MemoryCacheOptions { SizeLimit = 2_000 });

    /// <summary>The answer kept under the key if made from the same rows; otherwise made and kept. No fingerprint (nothing found) keeps nothing.</summary>
    public async Task<T> GetOrMakeAsync<T>(string key, string? fingerprint, Func<Task<T>> make) where T : class
    {
        if (fingerprint is not null && _answers.TryGetValue(key, out Kept<T>? kept) && kept!.Fingerprint == fingerprint)
        {
            return kept.Answer;
        }
        var answer = await make();
        if (fingerprint is not null)
        {
            _answers.Set(key, new Kept<T>(fingerprint, answer), new MemoryCacheEntryOptions { Size = 1 });
        }
        return answer;
    }

    public void Dispose() => _answers.Dispose();

    private sealed record Kept<T>(string Fingerprint, T Answer);
}
