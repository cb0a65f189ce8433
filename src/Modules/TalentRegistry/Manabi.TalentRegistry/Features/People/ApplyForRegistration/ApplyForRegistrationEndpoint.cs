using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.People.ApplyForRegistration;

internal static class ApplyForRegistrationEndpoint
{
    public static RouteHandlerBuilder MapApplyForRegistration(this IEndpointRouteBuilder group) => group
        .MapPost("/people/me", async (PersonProfileInput form, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
        {
            var person = await sender.Send(new ApplyForRegistrationCommand(form, user.LoginSubject()), ct);
            return Results.Created("/api/v1/talent/people/me", person);
        })
        .WithName("ApplyForRegistration")
        .WithSummary("Apply to the talent bank (citizen)")
        .WithDescription("A citizen applies with their own login, once. The application waits for staff review (`Applied`). " +
            "Field codes are Catalog's; an unknown one is a 400 naming it. Honours `Idempotency-Key`.")
        .RequireAuthorization(Policies.Learner)
        .Idempotent()
        .Produces<PersonResponse>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesAuthProblems();
}
