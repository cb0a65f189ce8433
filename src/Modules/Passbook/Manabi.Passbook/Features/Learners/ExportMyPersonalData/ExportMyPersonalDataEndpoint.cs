using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Passbook.Features.Learners.ExportMyPersonalData;

internal static class ExportMyPersonalDataEndpoint
{
    public static RouteHandlerBuilder MapExportMyPersonalData(this IEndpointRouteBuilder group) => group
        .MapGet("/learners/me/personal-data", async (ClaimsPrincipal user, ISender sender, HttpResponse response, CancellationToken ct) =>
        {
            response.Headers.ContentDisposition = "attachment; filename=\"manabi-passbook.json\"";
            return Results.Ok(await sender.Send(new ExportPersonalDataQuery(LearnerReader.Of(user) with { IsStaff = false }), ct));
        })
        .WithName("ExportMyPersonalData")
        .WithSummary("Download all my passbook data")
        .WithDescription("APPI disclosure: the registration, consent, every stamp and commendation, and when staff read the record.")
        .RequireAuthorization(Policies.Learner)
        .Produces<PersonalDataExport>()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
