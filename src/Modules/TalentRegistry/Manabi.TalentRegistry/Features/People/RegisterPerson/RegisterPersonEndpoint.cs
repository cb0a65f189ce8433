using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.People.RegisterPerson;

internal static class RegisterPersonEndpoint
{
    public static RouteHandlerBuilder MapRegisterPerson(this IEndpointRouteBuilder group) => group
        .MapPost("/people", async (PersonProfileInput form, ISender sender, CancellationToken ct) =>
        {
            var person = await sender.Send(new RegisterPersonCommand(form), ct);
            return Results.Created($"/api/v1/talent/people/{person.Id}", person);
        })
        .WithName("RegisterPerson")
        .WithSummary("Register a person at the counter (staff)")
        .WithDescription("For citizens who apply on paper. The registration waits for review like an online one. Honours `Idempotency-Key`.")
        .RequireAuthorization(Policies.Staff)
        .Idempotent()
        .Produces<PersonResponse>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .ProducesAuthProblems();
}
