using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Passbook.Features.Learners.ReissuePassbook;

internal static class ReissuePassbookEndpoint
{
    public static RouteHandlerBuilder MapReissuePassbook(this IEndpointRouteBuilder group) => group
        .MapPost("/learners/{id:guid}/reissue", async (Guid id, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new ReissuePassbookCommand(id), ct)))
        .WithName("ReissuePassbook")
        .WithSummary("Reissue a lost passbook")
        .WithDescription("Staff. A new number replaces the old one, which stops working at once; history and credits carry over.")
        .RequireAuthorization(Policies.Staff)
        .Produces<LearnerResponse>()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
