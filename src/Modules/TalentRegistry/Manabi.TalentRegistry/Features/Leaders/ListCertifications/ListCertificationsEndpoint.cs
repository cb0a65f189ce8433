using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Leaders.ListCertifications;

internal static class ListCertificationsEndpoint
{
    public static RouteHandlerBuilder MapListCertifications(this IEndpointRouteBuilder group) => group
        .MapGet("/leader-certifications", async (Guid? personId, bool? includeRevoked, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new ListCertificationsQuery(personId, includeRevoked ?? false), ct)))
        .WithName("ListCertifications")
        .WithSummary("ひと・まちづくりリーダー certifications (staff)")
        .WithDescription("Newest first (up to 1,000). `personId` keeps one person's; `includeRevoked=true` shows revoked ones too.")
        .RequireAuthorization(Policies.Staff)
        .Produces<IReadOnlyList<CertificationResponse>>()
        .ProducesValidationProblem()
        .ProducesAuthProblems();
}
