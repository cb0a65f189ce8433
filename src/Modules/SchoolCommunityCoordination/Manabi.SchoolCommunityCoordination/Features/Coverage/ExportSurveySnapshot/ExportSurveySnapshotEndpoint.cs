using Manabi.BuildingBlocks.Csv;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.SchoolCommunityCoordination.Features.Coverage.ExportSurveySnapshot;

internal static class ExportSurveySnapshotEndpoint
{
    public static RouteHandlerBuilder MapExportSurveySnapshot(this IEndpointRouteBuilder group) => group
        .MapGet("/coverage/survey-snapshot.csv", async (int? fiscalYear, string? encoding, ISender sender, CancellationToken ct) =>
        {
            var (bytes, charset) = CsvEncoding.Encode(await sender.Send(new ExportSurveySnapshotQuery(fiscalYear, encoding), ct), encoding);
            return Results.File(bytes, $"text/csv; charset={charset}", "survey-snapshot.csv");
        })
        .ParametersCheckedBy<ExportSurveySnapshotQuery>()
        .WithName("ExportSurveySnapshot")
        .WithSummary("The national survey's figures as of 1 May, as CSV (staff)")
        .WithDescription("For 文部科学省「地域学校協働活動 実施状況調査」: per district and in total, as of 1 May of the fiscal year (this one " +
            "unless `fiscalYear` says): elementary and junior-high schools, small schools, coordinators commissioned that day, schools " +
            "with activities planned by then, elementary schools with a coordinator-run after-school or weekend activity, and sessions " +
            "and volunteer participations held from 1 April. UTF-8 with a byte-order mark, or `encoding=shift_jis`.")
        .RequireAuthorization(Policies.Staff)
        .Produces<string>(StatusCodes.Status200OK, "text/csv")
        .ProducesValidationProblem()
        .ProducesAuthProblems();
}
