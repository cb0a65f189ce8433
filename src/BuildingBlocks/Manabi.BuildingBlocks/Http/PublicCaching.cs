using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Manabi.BuildingBlocks.Http;

/// <summary>Marks a public read whose answers caches and conditional requests may reuse.</summary>
/// <param name="MaxAge">What <c>Cache-Control</c> says when the endpoint sets none itself; zero for
/// answers that must be fresh (<c>no-cache</c>: a cache keeps them but asks again, and a 304 is cheap).</param>
/// <param name="Negotiated">The answer's format depends on <c>Accept</c>.</param>
public sealed record PublicCacheMetadata(TimeSpan MaxAge, bool Negotiated);

/// <summary>
/// Conditional GET and HEAD for public reads. A marked endpoint's 200 gets an <c>ETag</c> (a hash of
/// the body, so it changes exactly when the answer does, whichever replica made it), a
/// <c>Cache-Control</c> and, when negotiated, <c>Vary: Accept</c>; a matching <c>If-None-Match</c>
/// gets 304 without a body. HEAD is answered as the GET would be, without the body.
/// </summary>
public static class PublicCaching
{
    private const string HeadKey = "manabi.head";

    public static RouteHandlerBuilder CachedPublicly(this RouteHandlerBuilder builder, int maxAgeSeconds, bool negotiated = false) =>
        builder.WithMetadata(new PublicCacheMetadata(TimeSpan.FromSeconds(maxAgeSeconds), negotiated));

    /// <summary>Before routing: a HEAD finds the GET endpoint of its path.</summary>
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (HttpMethods.IsHead(context.Request.Method))
        {
            context.Items[HeadKey] = true;
            context.Request.Method = HttpMethods.Get;
        }
        return next(context);
    });

    /// <summary>After routing and authorization.</summary>
    public static IApplicationBuilder UsePublicCaching(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var cache = context.GetEndpoint()?.Metadata.GetMetadata<PublicCacheMetadata>();
        var isHead = context.Items.ContainsKey(HeadKey);
        if (cache is null && !isHead)
        {
            await next(context);
            return;
        }
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        var response = context.Response;
        if (cache is not null && response.StatusCode == StatusCodes.Status200OK)
        {
            // An endpoint's own (version) tag wins; otherwise the body's hash is the tag.
            if (string.IsNullOrEmpty(response.Headers.ETag))
            {
                response.Headers.ETag = BodyTag(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            }
            var etag = response.Headers.ETag.ToString();
            if (string.IsNullOrEmpty(response.Headers.CacheControl))
            {
                response.Headers.CacheControl = cache.MaxAge > TimeSpan.Zero ? $"public, max-age={(int)cache.MaxAge.TotalSeconds}" : "public, no-cache";
            }
            if (cache.Negotiated)
            {
                response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
            }
            if (Matches(context.Request.Headers.IfNoneMatch, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                response.Headers.ContentType = default;
                return;
            }
        }
        response.ContentLength = buffer.Length;
        if (!isHead)
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
        }
    });

    /// <summary>A strong tag from the body's hash: the same answer gets the same tag from any replica.</summary>
    public static string BodyTag(ReadOnlySpan<byte> body) => $"\"{Base64Url.EncodeToString(SHA256.HashData(body).AsSpan(0, 16))}\"";

    private static bool Matches(StringValues ifNoneMatch, string etag) =>
        ifNoneMatch.Count > 0 && EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
        && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(new EntityTagHeaderValue(etag), useStrongComparison: false));
}
