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
/// partition was created, which is remembered here.
/// </summary>
internal sealed class CallerQuota
{
    private readonly RateLimitingOptions _limits;
    private readonly TimeProvider _clock;
    private readonly ConcurrentDictionary<string, long> _windowStarts = new(StringComparer.Ordinal);

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
                _windowStarts[key] = _clock.GetTimestamp();
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
        if (_windowStarts.TryGetValue(scope, out var start))
        {
            var window = _limits.Window.TotalSeconds;
            var elapsed = _clock.GetElapsedTime(start).TotalSeconds % window;
            headers["RateLimit-Reset"] = Math.Max(1, (int)Math.Ceiling(window - elapsed)).ToString(CultureInfo.InvariantCulture);
        }
    }

    private int PermitLimit(string scope) =>
        scope.StartsWith("ip:", StringComparison.Ordinal) ? _limits.AnonymousPermitLimit : _limits.AuthenticatedPermitLimit;
}
