using System.Globalization;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
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
public sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(exception);
        if (problem.Status >= 500)
        {
            logger.LogError(exception, "Request failed with {StatusCode}", problem.Status);
        }
        httpContext.Response.StatusCode = problem.Status!.Value;
        if (exception is TooManyRequestsException limited)
        {
            httpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(limited.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
        else if (problem.Extensions.TryGetValue("code", out var code) && code is string c && RetryAfterSeconds.TryGetValue(c, out var seconds))
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
        TooManyRequestsException e => Problem(429, e),
        BadHttpRequestException { StatusCode: 413 } => Problem(413, ProblemTexts.BodyTooLarge),
        BadHttpRequestException { StatusCode: 415 } e => Problem(415, null, e.Message),
        BadHttpRequestException e when BindingFailure.Match(e.Message) is { Success: true } m => FieldProblem(m.Groups["name"].Value, ProblemTexts.BadParameter),
        BadHttpRequestException or JsonException => MalformedBodyProblem(exception),
        // PostgreSQL aborted the transaction (deadlock, serialization failure, lock wait): nothing
        // was changed, and the same request will normally succeed when sent again.
        _ when Chain(exception).OfType<PostgresException>().Any(e => AbortedStates.Contains(e.SqlState))
            => Problem(503, ProblemTexts.ConflictingWork, code: ConflictingWorkCode),
        _ when Chain(exception).Any(IsConnectionFailure) => Problem(503, ProblemTexts.DatabaseUnavailable, code: DatabaseUnavailableCode),
        _ => new ProblemDetails { Status = 500, Title = ProblemTexts.Title(500) },
    };

    /// <summary>
    /// A problem as JSON, for a per-item result of a batch request: serialized by its runtime type so a
    /// validation problem keeps its <c>errors</c>, and completed like a whole response.
    /// </summary>
    public static JsonObject ToJson(Exception exception, string instance)
    {
        var problem = ToProblem(exception);
        ProblemDefaults.Complete(problem, instance);
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
        var json = exception as JsonException ?? exception.InnerException as JsonException;
        var path = json?.Path?.TrimStart('$', '.');
        if (json is not null && UnmappedMember.Match(json.Message) is { Success: true } unmapped)
        {
            // The unknown member is named in the message; the path may stop at the object holding it.
            var member = unmapped.Groups["name"].Value;
            var field = string.IsNullOrEmpty(path) || path.EndsWith(member, StringComparison.Ordinal) ? path : $"{path}.{member}";
            return FieldProblem(string.IsNullOrEmpty(field) ? member : field, ProblemTexts.UnknownMember);
        }
        if (string.IsNullOrEmpty(path))
        {
            return Problem(400, ProblemTexts.MalformedBody);
        }
        return FieldProblem(path, json is RefusedTextException ? ControlCharacters.Refused : ProblemTexts.MalformedField);
    }

    private static HttpValidationProblemDetails FieldProblem(string field, Text message) =>
        new(new Dictionary<string, string[]> { [JsonPath(field)] = [message.Current] })
        {
            Status = 400,
            Title = ProblemTexts.Title(400),
            Detail = ProblemTexts.ValidationDetail.Current,
        };

    // The framework's words when a route or query value does not convert to the parameter's type,
    // or a required one is absent ("Failed to bind parameter "int limit" from "abc"."). They are its
    // only record of which parameter failed.
    [GeneratedRegex("^(Failed to bind parameter|Required parameter) \"[^\"]*? (?<name>[A-Za-z0-9_]+)\"")]
    private static partial Regex BindingFailure { get; }

    [GeneratedRegex("^The JSON property '(?<name>[^']+)' could not be mapped")]
    private static partial Regex UnmappedMember { get; }

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
