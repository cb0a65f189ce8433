using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.Passbook.Features.Learners;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Passbook.Features.Credentials.ListMyCredentials;

internal static class ListMyCredentialsEndpoint
{
    public static RouteHandlerBuilder MapListMyCredentials(this IEndpointRouteBuilder group) => group
        .MapGet("/learners/me/credentials", async (ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new ListMyCredentialsQuery(LearnerReader.Of(user).Subject), ct)))
        .WithName("ListMyCredentials")
        .WithSummary("My verifiable credentials")
        .WithDescription("Open Badges 3.0 credentials for my commendations and learning history, as signed VC-JWTs to present to anyone.")
        .RequireAuthorization(Policies.Learner)
        .Produces<IReadOnlyList<CredentialResponse>>()
        .ProducesAuthProblems();
}
