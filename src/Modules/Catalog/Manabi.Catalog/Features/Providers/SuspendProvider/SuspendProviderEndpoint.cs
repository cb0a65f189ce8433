using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.Catalog.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.Providers.SuspendProvider;

internal static class SuspendProviderEndpoint
{
    public static RouteHandlerBuilder MapSuspendProvider(this IEndpointRouteBuilder group) => group
        .MapPost("/providers/{id:guid}/suspend", async (Guid id, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new ChangeProviderStatusCommand(id, ProviderStatus.Suspended), ct)))
        .WithName("SuspendProvider")
        .WithSummary("Suspend a provider")
        .WithDescription("Its opportunities leave public search and feeds, and its API keys stop working.")
        .RequireAuthorization(Policies.Staff)
        .Produces<ProviderResponse>()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
