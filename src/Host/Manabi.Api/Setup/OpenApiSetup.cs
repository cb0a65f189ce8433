using System.Globalization;
using System.Reflection;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Idempotency;
using Manabi.BuildingBlocks.Security;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Manabi.Api.Setup;

internal static class OpenApiSetup
{
    public const string BearerScheme = "bearer";
    public const string ApiKeyScheme = "apiKey";

    public static void AddManabiOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSingleton<ValidatorLimits>();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "Manabi API",
                Version = "v1",
                Description = "Lifelong-learning programme of a city: catalog, learning passbook, talent registry, " +
                    "community–school coordination and plan indicators. Errors are RFC 9457 problem details; " +
                    "send `Accept-Language: en` for English messages (Japanese is the default).",
            });
            options.AddSecurityDefinition(BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A token from the city's identity provider (roles: staff, coordinator, learner). Locally: build/dev-token.sh ROLE. " +
                    "Tokens are checked as RFC8725 (JWT Best Current Practices) asks: signed with one of the pinned algorithms, " +
                    "issuer, audience and expiry required and verified.",
            });
            options.AddSecurityDefinition(ApiKeyScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = AuthSetup.ApiKeyHeader,
                Description = "A partner organization's API key (mnb_…), issued by staff.",
            });
            options.OperationFilter<ManabiOperationFilter>();
            options.SchemaFilter<OpenApiSchemaFilter>();
            options.DocumentFilter<OpenApiDocumentFilter>();
            options.SupportNonNullableReferenceTypes();
            options.CustomSchemaIds(type => type.Name.Replace("`1", "Of", StringComparison.Ordinal));
            foreach (var xml in Directory.EnumerateFiles(AppContext.BaseDirectory, "Manabi.*.xml"))
            {
                options.IncludeXmlComments(xml);
            }
        });
    }

    /// <summary>
    /// The document and its UI on <c>/swagger</c>, set up at the first request there. Only on its own
    /// path: the document middleware resolves the generator on every request it sees, and that loads
    /// every XML comment file (a few MB held for good); and a replica that nobody asks for the
    /// document never loads the UI's code and files.
    /// </summary>
    public static void UseManabiOpenApi(this IApplicationBuilder app) => app.Use(next =>
    {
        var swagger = new Lazy<RequestDelegate>(() =>
        {
            var branch = app.New();
            branch.UseSwagger();
            branch.UseSwaggerUI(options => options.DocumentTitle = "Manabi API");
            branch.Run(next);
            return branch.Build();
        });
        return context => context.Request.Path.StartsWithSegments("/swagger", StringComparison.Ordinal)
            ? swagger.Value(context)
            : next(context);
    });
}

/// <summary>
/// Documents per operation what the endpoint metadata says: which credential it takes, and the
/// <c>Idempotency-Key</c> and <c>If-Match</c> headers where they apply.
/// </summary>
internal sealed class ManabiOperationFilter(ValidatorLimits limits) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IdempotentMetadata>().Any())
        {
            AddHeader(operation, IdempotencyMiddleware.HeaderName, false, IdempotencyMiddleware.MaxKeyLength,
                "Makes a retry safe: the same key and body replay the first response (`Idempotent-Replayed: true`) for 24 hours.");
        }
        if (context.ApiDescription.HttpMethod == "PUT" && operation.Responses?.ContainsKey("428") == true)
        {
            AddHeader(operation, "If-Match", true, ETags.MaxIfMatchLength, "The `ETag` of the version you read.");
        }
        else if (operation.Responses?.ContainsKey("412") == true)
        {
            AddHeader(operation, "If-Match", false, ETags.MaxIfMatchLength, "Optional: the `ETag` you last saw; a stale one answers 412 instead of overwriting a change you have not seen.");
        }
        // Every caller shares the global rate limit, so any operation can answer 429.
        operation.Responses ??= [];
        if (!operation.Responses.ContainsKey("429"))
        {
            operation.Responses["429"] = new OpenApiResponse
            {
                Description = "Too Many Requests: wait as long as `Retry-After` says.",
                Content = new Dictionary<string, IOpenApiMediaType>
                {
                    ["application/problem+json"] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(nameof(ProblemDetails), context.Document) },
                },
            };
        }
        DeclareRateLimitHeaders(operation);
        // A body that is not JSON (a CSV upload) is bounded by the request size limit the endpoint enforces.
        if (metadata.OfType<IRequestSizeLimitMetadata>().FirstOrDefault()?.MaxRequestBodySize is { } maxBytes && operation.RequestBody?.Content is { } content)
        {
            foreach (var schema in content.Where(c => !c.Key.Contains("json", StringComparison.Ordinal)).Select(c => c.Value.Schema).OfType<OpenApiSchema>())
            {
                schema.MaxLength ??= (int)Math.Min(maxBytes, int.MaxValue);
            }
        }
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.Schema is OpenApiSchema schema)
            {
                OpenApiLimits.Apply(schema, BoundMember(context, parameter.Name!) is { } member ? limits.For(member.DeclaringType!, member.Name) : null);
            }
            if (parameter.In == ParameterLocation.Query)
            {
                // As clients send them (binding ignores case; the document should not shout).
                parameter.Name = JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!);
            }
        }
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security = []; // explicitly public, not "inherits a default"
            return;
        }
        var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).ToHashSet();
        operation.Security ??= [];
        if (!policies.Contains(Policies.Partner))
        {
            operation.Security.Add(Requirement(OpenApiSetup.BearerScheme, context));
        }
        if (policies.Contains(Policies.Partner) || policies.Contains(Policies.StaffOrPartner))
        {
            operation.Security.Add(Requirement(ApiKeySchemeName, context));
        }
    }

    /// <summary>
    /// The query or command member a parameter fills, whose validator holds its limits: the one an
    /// <c>[AsParameters]</c> parameter binds to, or the member of that name in the message the
    /// endpoint names with <c>ParametersCheckedBy</c>.
    /// </summary>
    private static PropertyInfo? BoundMember(OperationFilterContext context, string name) =>
        context.ApiDescription.ParameterDescriptions
            .Where(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase))
            .Select(d => (d.ParameterDescriptor as IParameterInfoParameterDescriptor)?.ParameterInfo.Member as PropertyInfo)
            .FirstOrDefault(p => p is not null)
        ?? context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ParametersCheckedByMetadata>().FirstOrDefault()?.Message
            .GetProperty(name, BindingFlags.Instance | BindingFlags.Public | BindingFlags.IgnoreCase);

    private const string ApiKeySchemeName = OpenApiSetup.ApiKeyScheme;

    /// <summary>What <see cref="CallerQuota"/> writes on every answer, the wait a 429 asks for, and the CORS answer.</summary>
    private static void DeclareRateLimitHeaders(OpenApiOperation operation)
    {
        foreach (var (status, response) in operation.Responses!)
        {
            if (response is not OpenApiResponse declared || status[0] is not ('2' or '4'))
            {
                continue;
            }
            declared.Headers ??= new Dictionary<string, IOpenApiHeader>();
            declared.Headers["RateLimit-Limit"] = IntegerHeader("Requests allowed per window to this caller.", int.MaxValue);
            declared.Headers["RateLimit-Remaining"] = IntegerHeader("Requests left in the current window.", int.MaxValue);
            declared.Headers["RateLimit-Reset"] = IntegerHeader("Seconds until the window turns.", MaxWaitSeconds);
            declared.Headers["Access-Control-Allow-Origin"] = new OpenApiHeader
            {
                Description = "Present when the request's `Origin` is one the city allows (`Cors:AllowedOrigins`); no origin is allowed by default.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 2048 },
            };
            if (status == "429")
            {
                declared.Headers["Retry-After"] = IntegerHeader("Seconds to wait before trying again.", MaxWaitSeconds);
            }
        }
    }

    /// <summary>A day: no window or wait the API sets is longer.</summary>
    private const int MaxWaitSeconds = 86_400;

    private static OpenApiHeader IntegerHeader(string description, int maximum) => new()
    {
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "0", Maximum = maximum.ToString(CultureInfo.InvariantCulture) },
    };

    private static OpenApiSecurityRequirement Requirement(string scheme, OperationFilterContext context) =>
        new() { [new OpenApiSecuritySchemeReference(scheme, context.Document)] = [] };

    private static void AddHeader(OpenApiOperation operation, string name, bool required, int maxLength, string description)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = name,
            In = ParameterLocation.Header,
            Required = required,
            Description = description,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = maxLength },
        });
    }
}
