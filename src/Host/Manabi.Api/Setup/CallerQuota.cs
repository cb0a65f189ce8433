using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.RateLimiting;
using Manabi.BuildingBlocks.Security;

namespace Manabi.Api.Setup;

/// <summary>
/// The global rate limit: one fixed window per caller (partner, person, or client address when
/// anonymous), and what each answer tells the caller about it: <c>RateLimit-Limit</c>,
/// <c>RateLimit-Remaining</c> and <c>RateLimit-Reset</c> (seconds until the window turns), so a
/// well-behaved client slows down before it meets a 429. A window turns a fixed time after its
/// partition was created, which is remembered here. The limiter drops a caller's partition soon
/// after the caller goes quiet; what is remembered is dropped too, so a stream of new client
/// addresses cannot grow it without bound.
/// </summary>
internal sealed class CallerQuota
{
    private readonly RateLimitingOptions _limits;
    private readonly TimeProvider _clock;
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private long _lastPrune;

    public CallerQuota(RateLimitingOptions limits, TimeProvider clock)
    {
        _limits = limits;
        _clock = clock;
        Limiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            if (context.Request.Path.StartsWithSegments("/health"))
            {
                return RateLimitPartition.GetNoLimiter("health");
            }
            var scope = context.CallerScope();
            return RateLimitPartition.GetFixedWindowLimiter(scope, key =>
            {
                var now = _clock.GetTimestamp();
                _windows[key] = new Window(now) { LastSeen = now };
                PruneQuietCallers(now);
                return new FixedWindowRateLimiterOptions { PermitLimit = PermitLimit(key), Window = _limits.Window, QueueLimit = 0 };
            });
        });
    }

    public PartitionedRateLimiter<HttpContext> Limiter { get; }

    public void WriteHeaders(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/health") || Limiter.GetStatistics(context) is not { } statistics)
        {
            return;
        }
        var scope = context.CallerScope();
        var headers = context.Response.Headers;
        headers["RateLimit-Limit"] = PermitLimit(scope).ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Remaining"] = statistics.CurrentAvailablePermits.ToString(CultureInfo.InvariantCulture);
        if (_windows.TryGetValue(scope, out var current))
        {
            current.LastSeen = _clock.GetTimestamp();
            var window = _limits.Window.TotalSeconds;
            var elapsed = _clock.GetElapsedTime(current.Start).TotalSeconds % window;
            headers["RateLimit-Reset"] = Math.Max(1, (int)Math.Ceiling(window - elapsed)).ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>
    /// At most once a window: forget callers unseen for two windows and a minute. Their partition is
    /// gone by then (the limiter drops one idle for seconds after its window refills), and a caller
    /// who comes back gets a new partition, and a new start, from the factory.
    /// </summary>
    private void PruneQuietCallers(long now)
    {
        var last = Interlocked.Read(ref _lastPrune);
        if (_clock.GetElapsedTime(last, now) < _limits.Window || Interlocked.CompareExchange(ref _lastPrune, now, last) != last)
        {
            return;
        }
        var forgetAfter = _limits.Window * 2 + TimeSpan.FromMinutes(1);
        foreach (var (scope, window) in _windows)
        {
            if (_clock.GetElapsedTime(window.LastSeen, now) > forgetAfter)
            {
                _windows.TryRemove(new KeyValuePair<string, Window>(scope, window));
            }
        }
    }

    private sealed class Window(long start)
    {
        public long Start { get; } = start;

        /// <summary>Written without a lock: a stale value only delays forgetting by one prune.</summary>
        public long LastSeen { get; set; }
    }

    private int PermitLimit(string scope) =>
        scope.StartsWith("ip:", StringComparison.Ordinal) ? _limits.AnonymousPermitLimit : _limits.AuthenticatedPermitLimit;
}
