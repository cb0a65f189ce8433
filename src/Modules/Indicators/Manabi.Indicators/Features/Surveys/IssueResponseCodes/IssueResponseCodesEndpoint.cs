using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Indicators.Features.Surveys.IssueResponseCodes;

internal static class IssueResponseCodesEndpoint
{
    public static RouteHandlerBuilder MapIssueResponseCodes(this IEndpointRouteBuilder group) => group
        .MapPost("/surveys/waves/{waveId:guid}/codes", async (Guid waveId, IssueResponseCodesRequest request, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(request.ToCommand(waveId), ct)))
        .WithName("IssueResponseCodes")
        .WithSummary("Issue single-use response codes for a wave (staff)")
        .WithDescription("One code per respondent, printed on a paper form or handed out at the event. A code answers once, so a wave cannot " +
            "be stuffed; the answers keep no link to their code.")
        .RequireAuthorization(Policies.Staff)
        .Idempotent()
        .Produces<IssuedCodes>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
