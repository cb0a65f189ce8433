using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Manabi.Api.Setup;

/// <summary>
/// Health answers as JSON, one entry per check, so an orchestrator's log or an operator sees which
/// dependency failed: <c>{"status":"Unhealthy","checks":{"postgresql":{"status":"Unhealthy","description":"…"}}}</c>.
/// Descriptions are written by the checks themselves and never carry exception details.
/// </summary>
internal static class HealthJson
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            totalMilliseconds = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                milliseconds = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
            }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, JsonSerializerOptions.Web, context.RequestAborted);
    }
}
