using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Manabi.Api.Setup;

/// <summary>
/// Says in the document which members are always there, so a generated client does not make
/// everything optional. An answer always carries every member (null where it says nullable),
/// except one left out when null; a request requires what its non-nullable reference members
/// say (the rest are checked by the validators, which explain what is missing). Problems list
/// the members our problem writer always adds, <c>traceId</c> and <c>code</c> included.
/// Sizes and bounds come from the validators (<see cref="ValidatorLimits"/>).
/// </summary>
internal sealed class OpenApiSchemaFilter(ValidatorLimits limits) : ISchemaFilter
{
    private static readonly NullabilityInfoContext Nullability = new();

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema s || s.Properties is null || context.Type is not { } type)
        {
            return;
        }
        if (type == typeof(ProblemDetails) || type == typeof(HttpValidationProblemDetails))
        {
            s.Properties["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Quote it when you report the problem: it finds the request in our logs." };
            s.Properties["code"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "A stable, machine-readable reason for a 409 or 422 (e.g. `session-not-started`)." };
            s.Required = new HashSet<string> { "type", "title", "status", "instance", "traceId" };
            return;
        }
        if (type.Assembly.GetName().Name?.StartsWith("Manabi.", StringComparison.Ordinal) != true)
        {
            return;
        }
        var isRequest = type.Name.EndsWith("Request", StringComparison.Ordinal) || type.Name.EndsWith("Input", StringComparison.Ordinal);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (!s.Properties.ContainsKey(name))
            {
                continue;
            }
            if (s.Properties[name] is OpenApiSchema member)
            {
                OpenApiLimits.Apply(member, limits.For(type, property.Name));
            }
            var leftOutWhenNull = property.GetCustomAttribute<JsonIgnoreAttribute>()?.Condition == JsonIgnoreCondition.WhenWritingNull;
            var required = isRequest
                ? !property.PropertyType.IsValueType && Nullability.Create(property).ReadState == NullabilityState.NotNull
                : !leftOutWhenNull;
            if (required)
            {
                s.Required ??= new HashSet<string>();
                s.Required.Add(name);
            }
        }
    }
}
