using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.People.ExportMyTalentPersonalData;

internal static class ExportMyTalentPersonalDataEndpoint
{
    public static RouteHandlerBuilder MapExportMyTalentPersonalData(this IEndpointRouteBuilder group) => group
        .MapGet("/people/me/personal-data", async (ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new ExportMyTalentPersonalDataQuery(user.LoginSubject()), ct)))
        .WithName("ExportMyTalentPersonalData")
        .WithSummary("Everything the talent register holds about me")
        .WithDescription("APPI disclosure, as JSON: the registration, every activity record and every staff read of the registration.")
        .RequireAuthorization(Policies.Learner)
        .Produces<TalentPersonalDataExport>()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
