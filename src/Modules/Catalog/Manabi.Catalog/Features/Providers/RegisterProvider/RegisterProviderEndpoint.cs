using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.Providers.RegisterProvider;

internal static class RegisterProviderEndpoint
{
    public static RouteHandlerBuilder MapRegisterProvider(this IEndpointRouteBuilder group) => group
        .MapPost("/providers", Handle)
        .WithName("RegisterProvider")
        .WithSummary("Register a learning provider")
        .WithDescription("Staff register an organization that offers learning opportunities. It starts as `pending`. Honours `Idempotency-Key`.")
        .RequireAuthorization(Policies.Staff)
        .Idempotent()
        .Produces<ProviderResponse>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesAuthProblems();

    private static async Task<IResult> Handle(RegisterProviderRequest request, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var provider = await sender.Send(request.ToCommand(), cancellationToken);
        return VersionedResults.Created(response, provider, $"/api/v1/catalog/providers/{provider.Value.Id}");
    }
}
