using System.Net.Sockets;
using System.Text.Json;
using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Manabi.BuildingBlocks.Http;

/// <summary>
/// The one place exceptions become RFC 9457 responses. Unknown exceptions become a bare 500
/// (logged with the trace id); nothing from an exception's stack or internals reaches the client.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(exception);
        if (problem.Status >= 500)
        {
            logger.LogError(exception, "Request failed with {StatusCode}", problem.Status);
        }
        httpContext.Response.StatusCode = problem.Status!.Value;
        if (problem.Extensions.TryGetValue("code", out var code) && code is string c && RetryAfterSeconds.TryGetValue(c, out var seconds))
        {
            httpContext.Response.Headers.RetryAfter = seconds;
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <summary>The problem an exception stands for (also used for per-item results of batch requests).</summary>
    public static ProblemDetails ToProblem(Exception exception) => exception switch
    {
        ValidationException validation => ValidationProblem(validation),
        NotFoundException e => Problem(404, e),
        ConflictException e => Problem(409, e),
        BusinessRuleException e => Problem(422, e),
        PreconditionFailedException e => Problem(412, e),
        DbUpdateConcurrencyException => Problem(412, new PreconditionFailedException()),
        // A unique index refused a row: a concurrent request did the same thing first. Retrying finds its result.
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } => Problem(409, ProblemTexts.ConcurrentDuplicate),
        PreconditionRequiredException e => Problem(428, e),
        BadHttpRequestException { StatusCode: 413 } => Problem(413, ProblemTexts.BodyTooLarge),
        BadHttpRequestException { StatusCode: 415 } e => Problem(415, null, e.Message),
        BadHttpRequestException or JsonException => MalformedBodyProblem(exception),
        // PostgreSQL aborted the transaction (deadlock, serialization failure, lock wait): nothing
        // was changed, and the same request will normally succeed when sent again.
        _ when Chain(exception).OfType<PostgresException>().Any(e => AbortedStates.Contains(e.SqlState))
            => Problem(503, ProblemTexts.ConflictingWork, code: ConflictingWorkCode),
        _ when Chain(exception).Any(IsConnectionFailure) => Problem(503, ProblemTexts.DatabaseUnavailable, code: DatabaseUnavailableCode),
        _ => new ProblemDetails { Status = 500, Title = ProblemTexts.Title(500) },
    };

    /// <summary>
    /// A problem as JSON, serialized by its runtime type so a validation problem keeps its
    /// <c>errors</c> when it is embedded in another response (per-item batch results).
    /// </summary>
    public static System.Text.Json.Nodes.JsonObject ToJson(Exception exception)
    {
        var problem = ToProblem(exception);
        problem.Title ??= ProblemTexts.Title(problem.Status ?? 500);
        return JsonSerializer.SerializeToNode(problem, problem.GetType(), JsonSerializerOptions.Web)!.AsObject();
    }

    private static ProblemDetails Problem(int status, ManabiException exception) => Problem(status, exception.Detail, code: exception.Code);

    private static ProblemDetails Problem(int status, Text? detail, string? rawDetail = null, string? code = null)
    {
        var problem = new ProblemDetails { Status = status, Title = ProblemTexts.Title(status), Detail = detail?.Current ?? rawDetail };
        if (code is not null)
        {
            problem.Extensions["code"] = code;
        }
        return problem;
    }

    private static HttpValidationProblemDetails ValidationProblem(ValidationException validation)
    {
        var errors = validation.Errors
            .GroupBy(e => JsonPath(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        return new HttpValidationProblemDetails(errors)
        {
            Status = 400,
            Title = ProblemTexts.Title(400),
            Detail = ProblemTexts.ValidationDetail.Current,
        };
    }

    // Names the offending JSON field (e.g. "kind" for an unknown enum value) when the parser knows it.
    private static ProblemDetails MalformedBodyProblem(Exception exception)
    {
        var path = (exception as JsonException ?? exception.InnerException as JsonException)?.Path;
        if (path is null or "$")
        {
            return Problem(400, ProblemTexts.MalformedBody);
        }
        var field = JsonPath(path.TrimStart('$', '.'));
        return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [ProblemTexts.MalformedField.Current] })
        {
            Status = 400,
            Title = ProblemTexts.Title(400),
            Detail = ProblemTexts.MalformedBody.Current,
        };
    }

    // "Sessions[0].StartsAt" → "sessions[0].startsAt": the JSON names the client sent.
    private static string JsonPath(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));

    private const string ConflictingWorkCode = "conflicting-work";
    private const string DatabaseUnavailableCode = "database-unavailable";

    // A collision clears at once; an unreachable database takes longer.
    private static readonly Dictionary<string, string> RetryAfterSeconds = new() { [ConflictingWorkCode] = "1", [DatabaseUnavailableCode] = "5" };

    private static readonly string[] AbortedStates =
        [PostgresErrorCodes.DeadlockDetected, PostgresErrorCodes.SerializationFailure, PostgresErrorCodes.LockNotAvailable];

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }

    private static bool IsConnectionFailure(Exception e) =>
        e is NpgsqlException { IsTransient: true } or SocketException or TimeoutException
        || (e is NpgsqlException && e.InnerException is SocketException or TimeoutException or IOException);
}
