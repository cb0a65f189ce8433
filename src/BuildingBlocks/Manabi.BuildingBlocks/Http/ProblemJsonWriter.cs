using Manabi.BuildingBlocks.Application;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Manabi.BuildingBlocks.Http;

/// <summary>
/// Writes every problem as <c>application/problem+json</c>, whatever the request's <c>Accept</c>
/// says. The framework's writer gives up when a client asks for XML or CSV, and the request then
/// ended in a 500 or a text/plain body; an error in the documented format is more useful than none.
/// </summary>
public sealed class ProblemJsonWriter(IOptions<JsonOptions> json) : IProblemDetailsWriter
{
    public const string MediaType = "application/problem+json";

    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        problem.Status ??= http.Response.StatusCode;
        ProblemDefaults.Complete(problem, http.Request.Path, http.TraceIdentifier);
        http.Response.StatusCode = problem.Status!.Value;
        // The title and detail are in the caller's language.
        http.Response.Headers.ContentLanguage = Text.Language;
        http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
        return new ValueTask(http.Response.WriteAsJsonAsync(problem, problem.GetType(), json.Value.SerializerOptions, MediaType, http.RequestAborted));
    }
}
