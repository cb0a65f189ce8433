using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.People.GetPerson;

internal static class GetPersonEndpoint
{
    public static RouteHandlerBuilder MapGetPerson(this IEndpointRouteBuilder group) => group
        .MapGet("/people/{id:guid}", async (Guid id, ISender sender, HttpResponse response, CancellationToken ct) =>
            VersionedResults.Ok(response, await sender.Send(new GetPersonQuery(id), ct)))
        .WithName("GetPerson")
        .WithSummary("A registered person (staff)")
        .WithDescription("Everything but the contact data, which the person sees in their own view.")
        .RequireAuthorization(Policies.Staff)
        .Produces<PersonResponse>()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
