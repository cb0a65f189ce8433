using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.Passbook.Features.Learners;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Passbook.Features.Credentials.IssueLearningHistoryCredential;

internal static class IssueLearningHistoryCredentialEndpoint
{
    public static RouteHandlerBuilder MapIssueLearningHistoryCredential(this IEndpointRouteBuilder group) => group
        .MapPost("/learners/me/credentials/learning-history", async (ClaimsPrincipal user, HttpRequest request, ISender sender, CancellationToken ct) =>
        {
            var credential = await sender.Send(new IssueHistoryCredentialCommand(LearnerReader.Of(user).Subject, request.HttpContext.BaseUrl()), ct);
            return Results.Created($"/api/v1/passbook/credentials/{credential.Id}/status", credential);
        })
        .WithName("IssueLearningHistoryCredential")
        .WithSummary("Get a learning-history credential")
        .WithDescription("A signed credential of my credits and stamps so far.")
        .RequireAuthorization(Policies.Learner)
        .Produces<CredentialResponse>(StatusCodes.Status201Created)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
