using FluentValidation;
using FluentValidation.Results;
using Manabi.BuildingBlocks.Application;
using Microsoft.AspNetCore.Http;

namespace Manabi.BuildingBlocks.Http;

/// <summary>
/// Text from clients is refused at the edge when it holds control characters (other than tab and
/// line breaks) or half of a surrogate pair: PostgreSQL cannot store U+0000, and the others end up in
/// exports, calendars and terminals where they can do harm. One rule for JSON bodies, query strings
/// and route values, each answered with a 400 that names the field.
/// </summary>
public static class ControlCharacters
{
    public static readonly Text Refused = new("制御文字（タブと改行を除く）や不完全な文字は使えません。",
        "Control characters (other than tabs and line breaks) and broken characters are not allowed.");

    public static bool AreIn(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || (char.IsControl(c) && c is not ('\t' or '\n' or '\r')))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Refuses query values, query names and route values that hold such characters.</summary>
    public static async Task RefuseInRequestAsync(HttpContext context, Func<Task> next)
    {
        var failures = new List<ValidationFailure>();
        foreach (var (name, values) in context.Request.Query)
        {
            if (AreIn(name))
            {
                failures.Add(new ValidationFailure("query", Refused.Current));
            }
            else if (values.Any(v => v is not null && AreIn(v)))
            {
                failures.Add(new ValidationFailure(name, Refused.Current));
            }
        }
        foreach (var (name, value) in context.Request.RouteValues)
        {
            if (value is string text && AreIn(text))
            {
                failures.Add(new ValidationFailure(name, Refused.Current));
            }
        }
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
        await next();
    }
}
