using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Leaders.ListMyCertifications;

internal static class ListMyCertificationsEndpoint
{
    public static RouteHandlerBuilder MapListMyCertifications(this IEndpointRouteBuilder group) => group
        .MapGet("/people/me/certifications", async (ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new ListMyCertificationsQuery(user.LoginSubject()), ct)))
        .WithName("ListMyCertifications")
        .WithSummary("My ひと・まちづくりリーダー certifications")
        .WithDescription("Each with its Open Badges 3.0 credential as a signed VC-JWT. 404 before the caller registered.")
        .RequireAuthorization(Policies.Learner)
        .Produces<IReadOnlyList<CertificationResponse>>()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
