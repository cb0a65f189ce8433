using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.Information.PublishIssue;

internal static class PublishIssueEndpoint
{
    public static RouteHandlerBuilder MapPublishIssue(this IEndpointRouteBuilder group) => group
        .MapPost("/information/issues/{id:guid}/publish", async (Guid id, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new PublishInformationIssueCommand(id), ct)))
        .WithName("PublishIssue")
        .WithSummary("Publish an information issue")
        .WithDescription("Staff. Counts towards indicator 23-2 (information items issued per year). Publishing twice is harmless.")
        .RequireAuthorization(Policies.Staff)
        .Produces<InformationIssueResponse>()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesAuthProblems();
}
