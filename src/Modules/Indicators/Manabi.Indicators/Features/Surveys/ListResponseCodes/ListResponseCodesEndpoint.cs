using Manabi.BuildingBlocks.Csv;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Indicators.Features.Surveys.ListResponseCodes;

internal static class ListResponseCodesEndpoint
{
    public static RouteHandlerBuilder MapListResponseCodes(this IEndpointRouteBuilder group) => group
        .MapGet("/surveys/waves/{waveId:guid}/codes.csv", async (Guid waveId, string? encoding, ISender sender, CancellationToken ct) =>
        {
            var (bytes, charset) = CsvEncoding.Encode(await sender.Send(new ListResponseCodesQuery(waveId, encoding), ct), encoding);
            return Results.File(bytes, $"text/csv; charset={charset}", $"response-codes-{waveId}.csv");
        })
        .ParametersCheckedBy<ListResponseCodesQuery>()
        .WithName("ListResponseCodes")
        .WithSummary("A wave's response codes as CSV, to print on paper forms (staff)")
        .WithDescription("Every code issued for the wave and whether it was used. UTF-8 with a byte-order mark, or `encoding=shift_jis`.")
        .RequireAuthorization(Policies.Staff)
        .Produces<string>(StatusCodes.Status200OK, "text/csv")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
