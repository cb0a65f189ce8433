using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Manabi.BuildingBlocks.Http;

public static class PublicUrls
{
    /// <summary>
    /// The base of every absolute link in a response: the configured public address, or (in
    /// Development only, where it may be left out) the address this request came to.
    /// </summary>
    public static string BaseUrl(this HttpContext context)
    {
        var configured = context.RequestServices.GetRequiredService<IOptions<PublicHttpOptions>>().Value.PublicBaseUrl;
        return configured is not null ? configured.TrimEnd('/') : $"{context.Request.Scheme}://{context.Request.Host}";
    }
}
