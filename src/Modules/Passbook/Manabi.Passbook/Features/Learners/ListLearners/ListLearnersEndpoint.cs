using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Passbook.Features.Learners.ListLearners;

internal static class ListLearnersEndpoint
{
    public static RouteHandlerBuilder MapListLearners(this IEndpointRouteBuilder group) => group
        .MapGet("/learners", async (string? passbookNumber, string? q, int? limit, int? offset, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new ListLearnersQuery(passbookNumber, q, limit, offset, user.Actor()), ct)))
        .ParametersCheckedBy<ListLearnersQuery>()
        .WithName("ListLearners")
        .WithSummary("Find learners at the counter (staff; every listed learner's record logs the read)")
        .WithDescription("By `passbookNumber`, or `q` (part of the name or its reading). `limit` 1–100 (default 20), `offset`. " +
            "No contact data: open a learner with `GET /learners/{id}`.")
        .RequireAuthorization(Policies.Staff)
        .Produces<LearnerListPage>()
        .ProducesValidationProblem()
        .ProducesAuthProblems();
}
