using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace Manabi.BuildingBlocks.Http;

/// <summary>
/// The compile-time request delegates (see Directory.Build.props) answer a route or query value
/// that does not convert to a <em>nullable</em> parameter with an empty 400, where the runtime ones
/// throw the <see cref="BadHttpRequestException"/> naming it that <see cref="ProblemExceptionHandler"/>
/// turns into a problem. On that empty 400, before the handler, this finds the value and throws
/// the same exception, so both kinds of endpoint answer alike.
/// </summary>
public static class UnreadableParameters
{
    public static EndpointFilterDelegate Name(EndpointFilterFactoryContext factory, EndpointFilterDelegate next)
    {
        var parsed = factory.MethodInfo.GetParameters().SelectMany(Parsed).ToArray();
        if (parsed.Length == 0)
        {
            return next;
        }
        return context => context.HttpContext.Response.StatusCode == StatusCodes.Status400BadRequest
            && Array.Find(parsed, p => !p.Reads(context.HttpContext)) is { } failed
                ? throw new BadHttpRequestException(failed.Failure(context.HttpContext))
                : next(context);
    }

    /// <summary>The values a parameter takes from the route or query string: itself, or the members of an [AsParameters] type.</summary>
    private static IEnumerable<ParsedValue> Parsed(ParameterInfo parameter)
    {
        var bound = parameter.GetCustomAttribute<AsParametersAttribute>() is null
            ? [(parameter.Name!, parameter.ParameterType)]
            : parameter.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanWrite).Select(p => (p.Name, p.PropertyType));
        foreach (var (name, type) in bound)
        {
            var target = Nullable.GetUnderlyingType(type) ?? type;
            if (target.IsEnum || target.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IParsable<>)))
            {
                yield return new ParsedValue(name, target, Converter(target));
            }
        }
    }

    /// <summary>How the generated delegate converts a value to the type, chosen once per endpoint.</summary>
    private static Func<string, bool> Converter(Type type) => type switch
    {
        { IsEnum: true } => raw => Enum.TryParse(type, raw, ignoreCase: false, out _),
        _ when type == typeof(DateTimeOffset) => raw => DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out _),
        _ => typeof(UnreadableParameters).GetMethod(nameof(Parses), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(type).CreateDelegate<Func<string, bool>>(),
    };

    private static bool Parses<T>(string raw) where T : IParsable<T> => T.TryParse(raw, CultureInfo.InvariantCulture, out _);

    private sealed record ParsedValue(string Name, Type Type, Func<string, bool> Converts)
    {
        private string? Raw(HttpContext context) =>
            context.Request.RouteValues.TryGetValue(Name, out var route) && route is not null ? route.ToString() : context.Request.Query[Name];

        /// <summary>Whether the value is absent or converts as the generated delegate converts it.</summary>
        public bool Reads(HttpContext context) => Raw(context) is not { Length: > 0 } raw || Converts(raw);

        /// <summary>The framework's own words for it, which the problem handler reads the name from.</summary>
        public string Failure(HttpContext context) => $"Failed to bind parameter \"{Type.Name} {Name}\" from \"{Raw(context)}\".";
    }
}
