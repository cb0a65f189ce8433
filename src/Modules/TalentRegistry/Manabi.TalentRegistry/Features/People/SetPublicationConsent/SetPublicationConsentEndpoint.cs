using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.People.SetPublicationConsent;

internal static class SetPublicationConsentEndpoint
{
    public static RouteHandlerBuilder MapSetPublicationConsent(this IEndpointRouteBuilder group) => group
        .MapPut("/people/me/publication", async (SetPublicationConsentRequest request, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(request.ToCommand(user.LoginSubject()), ct)))
        .WithName("SetPublicationConsent")
        .WithSummary("Consent to, or withdraw from, the public directory")
        .WithDescription("The person's own choice, at any time: withdrawing takes them out of the directory at once.")
        .RequireAuthorization(Policies.Learner)
        .Produces<PersonResponse>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
