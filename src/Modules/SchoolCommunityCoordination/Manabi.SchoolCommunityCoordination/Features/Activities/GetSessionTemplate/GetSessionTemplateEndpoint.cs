using System.Security.Claims;
using Manabi.BuildingBlocks.Csv;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.SchoolCommunityCoordination.Features.Coordinators;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.SchoolCommunityCoordination.Features.Activities.GetSessionTemplate;

internal static class GetSessionTemplateEndpoint
{
    public static RouteHandlerBuilder MapGetSessionTemplate(this IEndpointRouteBuilder group) => group
        .MapGet("/sessions/upload-template", async (string? encoding, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
        {
            var (bytes, charset) = CsvEncoding.Encode(await sender.Send(new GetSessionTemplateQuery(Caller.Of(user), encoding), ct), encoding);
            return Results.File(bytes, $"text/csv; charset={charset}", "sessions.csv");
        })
        .ParametersCheckedBy<GetSessionTemplateQuery>()
        .WithName("GetSessionTemplate")
        .WithSummary("The sessions spreadsheet to fill in (coordinator or staff)")
        .WithDescription("The header row of `POST /sessions/upload` and one row per activity the caller may record, with its id and title " +
            "filled in. UTF-8 with a byte-order mark (Japanese Excel opens it as it is), or `encoding=shift_jis` for CP932.")
        .RequireAuthorization(Policies.Coordinator)
        .Produces<string>(StatusCodes.Status200OK, "text/csv")
        .ProducesValidationProblem()
        .ProducesAuthProblems();
}
