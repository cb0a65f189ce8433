using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Manabi.BuildingBlocks.Http;

/// <summary>
/// What every problem carries, whether it is a whole response or one item of a batch: a localized
/// title, a <c>type</c>, the <c>instance</c> it is about and the <c>traceId</c> that finds it in the logs.
/// </summary>
public static class ProblemDefaults
{
    public static void Complete(ProblemDetails problem, string instance, string? fallbackTraceId = null)
    {
        problem.Status ??= 500;
        problem.Title = ProblemTexts.Title(problem.Status.Value);
        problem.Type ??= $"https://www.rfc-editor.org/rfc/rfc9110#status.{problem.Status}";
        problem.Instance ??= instance;
        problem.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? fallbackTraceId;
        problem.Extensions.Remove("exception"); // never leak internals, even in Development
    }
}
