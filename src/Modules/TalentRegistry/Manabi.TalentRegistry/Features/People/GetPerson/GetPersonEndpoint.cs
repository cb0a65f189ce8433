using System.Security.Claims;
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
        .MapGet("/people/{id:guid}", async (Guid id, ClaimsPrincipal user, ISender sender, HttpResponse response, CancellationToken ct) =>
            VersionedResults.Ok(response, await sender.Send(new GetPersonQuery(id, user.Actor()), ct)))
        .WithName("GetPerson")
        .WithSummary("A registered person (staff)")
        .WithDescription("The whole registration, contact included, to coordinate with the person. Every such read is recorded " +
            "(who, when) and shown to the person in their personal-data export.")
        .RequireAuthorization(Policies.Staff)
        .Produces<PersonResponse>()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
