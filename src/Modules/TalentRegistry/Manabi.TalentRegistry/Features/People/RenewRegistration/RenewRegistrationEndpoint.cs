using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.People.RenewRegistration;

internal static class RenewRegistrationEndpoint
{
    public static RouteHandlerBuilder MapRenewRegistration(this IEndpointRouteBuilder group) => group
        .MapPost("/people/{id:guid}/renew", async (Guid id, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new RenewRegistrationCommand(id), ct)))
        .WithName("RenewRegistration")
        .WithSummary("Renew a registration for a new term (staff)")
        .WithDescription("For active people near the end of their term (`GET /people?lapsingWithinDays=60`) and lapsed ones: the term runs " +
            "to the end of the next fiscal year by default. 422 `not-renewable` otherwise.")
        .RequireAuthorization(Policies.Staff)
        .Idempotent()
        .Produces<PersonResponse>()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesAuthProblems();
}
