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
            .WithMetadata(new ModuleMetadata(moduleName));

    /// <summary>Honour <c>Idempotency-Key</c> on this POST/PUT.</summary>
    public static RouteHandlerBuilder Idempotent(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(IdempotentMetadata.Instance);

    /// <summary>Problem responses every authenticated endpoint can give.</summary>
    public static RouteHandlerBuilder ProducesAuthProblems(this RouteHandlerBuilder builder) =>
        builder.ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
