namespace Manabi.BuildingBlocks.Application;

/// <summary>
/// Failures a handler reports; the host turns each into an RFC 9457 problem response. Every one
/// carries its message in Japanese and English because citizens may read it.
/// </summary>
public abstract class ManabiException(Text detail, string? code = null) : Exception(detail.En)
{
    public Text Detail { get; } = detail;

    /// <summary>Stable machine-readable code (for 422s, e.g. <c>provider-suspended</c>).</summary>
    public string? Code { get; } = code;
}

/// <summary>404: the thing does not exist, or the caller may not know it does.</summary>
public sealed class NotFoundException(Text detail) : ManabiException(detail);

/// <summary>409: the request conflicts with the current state (e.g. a duplicate).</summary>
public sealed class ConflictException(Text detail, string? code = null) : ManabiException(detail, code);

/// <summary>422: well-formed, but a business rule forbids it.</summary>
public sealed class BusinessRuleException(Text detail, string code) : ManabiException(detail, code);

/// <summary>412: the <c>If-Match</c> version is no longer current.</summary>
public sealed class PreconditionFailedException()
    : ManabiException(new Text("他の更新と競合しました。最新の内容を取得してからやり直してください。",
        "The resource was changed by someone else. Fetch the latest version and try again."));

/// <summary>428: an update arrived without <c>If-Match</c>.</summary>
public sealed class PreconditionRequiredException()
    : ManabiException(new Text("この更新には If-Match ヘッダー（取得時の ETag）が必要です。",
        "This update requires an If-Match header with the ETag you last read."));

/// <summary>429: the caller must wait before trying again (a limit of the domain, beside the per-caller rate limits).</summary>
public sealed class TooManyRequestsException(Text detail, TimeSpan retryAfter) : ManabiException(detail, "too-many-attempts")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
