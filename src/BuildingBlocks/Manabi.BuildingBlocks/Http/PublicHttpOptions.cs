namespace Manabi.BuildingBlocks.Http;

/// <summary>Configuration section <c>Http</c>: how the API is reached from outside.</summary>
public sealed class PublicHttpOptions
{
    public const string Section = "Http";

    /// <summary>
    /// The address clients use, e.g. <c>https://manabi.city.chitose.example</c>. Every link and identity
    /// the API hands out (feed pages, exports, JSON-LD, credential issuer and status URLs) starts with
    /// it, never with the request's <c>Host</c> header, which any client can set. Required outside
    /// Development.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Addresses of the reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed.</summary>
    public string[] TrustedProxies { get; set; } = [];

    /// <summary>Networks (CIDR, e.g. <c>10.0.0.0/8</c>) whose proxies are believed.</summary>
    public string[] TrustedNetworks { get; set; } = [];

    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    public static bool IsValidBaseUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment) && uri.UserInfo.Length == 0;
}
