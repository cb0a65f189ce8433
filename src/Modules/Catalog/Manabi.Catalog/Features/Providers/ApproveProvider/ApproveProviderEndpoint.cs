using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.Catalog.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.Providers.ApproveProvider;

internal static class ApproveProviderEndpoint
{
    public static RouteHandlerBuilder MapApproveProvider(this IEndpointRouteBuilder group) => group
        .MapPost("/providers/{id:guid}/approve", async (Guid id, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new ChangeProviderStatusCommand(id, ProviderStatus.Approved), ct)))
        .WithName("ApproveProvider")
        .WithSummary("Approve a provider")
        .WithDescription("Its published opportunities become public. Also reinstates a suspended provider.")
        .RequireAuthorization(Policies.Staff)
        .Produces<ProviderResponse>()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
