using System.Collections.Concurrent;
using Manabi.BuildingBlocks.Security;
using Manabi.Catalog.Domain;
using Microsoft.Extensions.Options;

namespace Manabi.Catalog.Features.ApiKeys.VerifyPartnerApiKey;

/// <summary>
/// Keys that verified within the last <see cref="ApiKeyOptions.CacheFor"/>, so a partner's steady
/// stream of requests does not cost a database round trip each. Only keys that verified are kept,
/// so a flood of made-up keys cannot grow it, and the presented secret is still checked against the
/// stored hash every time. A revocation or suspension takes effect at once on the replica that made
/// it (it forgets the key when the change commits) and within <c>CacheFor</c> on the others.
/// </summary>
internal sealed class VerifiedKeyCache(IOptions<ApiKeyOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, (PartnerApiKey Key, DateTimeOffset FreshUntil)> _keys = new(StringComparer.Ordinal);
    private long _forgets;

    /// <summary>Read before loading a key from the database; pass to <see cref="Remember"/>.</summary>
    public long Generation => Interlocked.Read(ref _forgets);

    public PartnerApiKey? Find(string keyId) =>
        _keys.TryGetValue(keyId, out var entry) && entry.FreshUntil > clock.GetUtcNow() ? entry.Key : null;

    /// <summary>
    /// Remember a detached key that just verified, unless something was forgotten since it was
    /// loaded: that load may predate a revocation and must not outlive it.
    /// </summary>
    public void Remember(PartnerApiKey key, long loadedAtGeneration)
    {
        if (options.Value.CacheFor > TimeSpan.Zero && Generation == loadedAtGeneration)
        {
            _keys[key.KeyId] = (key, clock.GetUtcNow() + options.Value.CacheFor);
        }
    }

    public void Forget(string keyId)
    {
        Interlocked.Increment(ref _forgets);
        _keys.TryRemove(keyId, out _);
    }

    public void ForgetProvider(Guid providerId)
    {
        Interlocked.Increment(ref _forgets);
        foreach (var (keyId, entry) in _keys)
        {
            if (entry.Key.ProviderId == providerId)
            {
                _keys.TryRemove(keyId, out _);
            }
        }
    }
}
