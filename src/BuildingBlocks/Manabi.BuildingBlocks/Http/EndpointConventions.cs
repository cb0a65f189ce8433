using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.BuildingBlocks.Http;

public static class EndpointConventions
{
    /// <summary>The route group of a module: <c>/api/v1/{path}</c>, tagged with the module's name.</summary>
    public static RouteGroupBuilder MapModuleGroup(this IEndpointRouteBuilder app, string path, string moduleName) =>
        app.MapGroup($"/api/v1/{path}")
            .WithTags(moduleName)
            .WithMetadata(new ModuleMetadata(moduleName))
            .AddEndpointFilterFactory(UnreadableParameters.Name);

    /// <summary>Honour <c>Idempotency-Key</c> on this POST/PUT.</summary>
    public static RouteHandlerBuilder Idempotent(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(IdempotentMetadata.Instance);

    /// <summary>
    /// The query or command whose validator checks this endpoint's route and query parameters
    /// (those bound one by one rather than with <c>[AsParameters]</c>), so the OpenAPI document
    /// states that validator's limits on them.
    /// </summary>
    public static RouteHandlerBuilder ParametersCheckedBy<TMessage>(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new ParametersCheckedByMetadata(typeof(TMessage)));

    /// <summary>Problem responses every authenticated endpoint can give.</summary>
    public static RouteHandlerBuilder ProducesAuthProblems(this RouteHandlerBuilder builder) =>
        builder.ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}

/// <summary>See <see cref="EndpointConventions.ParametersCheckedBy{TMessage}"/>.</summary>
public sealed record ParametersCheckedByMetadata(Type Message);
