using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Passbook.Features.Credentials.GetCredentialStatus;

internal static class GetCredentialStatusEndpoint
{
    public static RouteHandlerBuilder MapGetCredentialStatus(this IEndpointRouteBuilder group) => group
        .MapGet("/credentials/{id:guid}/status", async (Guid id, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new GetCredentialStatusQuery(id), ct)))
        .WithName("GetCredentialStatus")
        .WithSummary("Is this credential valid?")
        .WithDescription("Public: `valid` or `revoked`.")
        .AllowAnonymous()
        .Produces<CredentialStatusResponse>()
        .ProducesProblem(StatusCodes.Status404NotFound);
}
