using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Manabi.BuildingBlocks.Http;

/// <summary>
/// A 200 JSON answer for handlers that keep their answers (the same instance while it is current):
/// its bytes and body-hash <c>ETag</c> are kept with the instance, so a busy public read serializes
/// and hashes an answer once instead of on every request. They go when the answer does.
/// </summary>
public static class ReusedJson
{
    private static readonly ConditionalWeakTable<object, Serialized> Kept = [];

    public static IResult Ok<T>(T answer) where T : class => new Result<T>(answer);

    private sealed record Serialized(byte[] Body, string ETag);

    private sealed class Result<T>(T answer) : IResult where T : class
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            if (!Kept.TryGetValue(answer, out var serialized))
            {
                var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
                var body = JsonSerializer.SerializeToUtf8Bytes(answer, options);
                serialized = Kept.GetValue(answer, _ => new Serialized(body, PublicCaching.BodyTag(body)));
            }
            var response = httpContext.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "application/json; charset=utf-8";
            response.Headers.ETag = serialized.ETag;
            await response.Body.WriteAsync(serialized.Body, httpContext.RequestAborted);
        }
    }
}
