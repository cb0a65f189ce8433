using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Passbook.Features.Commendations.ListCertificationLevels;

internal static class ListCertificationLevelsEndpoint
{
    public static RouteHandlerBuilder MapListCertificationLevels(this IEndpointRouteBuilder group) => group
        .MapGet("/levels", async (ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new ListLevelsQuery(), ct)))
        .WithName("ListCertificationLevels")
        .WithSummary("Certification levels")
        .WithDescription("Public: the credits each commendation takes.")
        .AllowAnonymous()
        .Produces<IReadOnlyList<LevelResponse>>();
}
