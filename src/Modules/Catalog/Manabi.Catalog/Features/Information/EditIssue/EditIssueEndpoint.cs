using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.Information.EditIssue;

internal static class EditIssueEndpoint
{
    public static RouteHandlerBuilder MapEditIssue(this IEndpointRouteBuilder group) => group
        .MapPut("/information/issues/{id:guid}", async (Guid id, InformationIssueRequest body, HttpRequest request, ISender sender, CancellationToken ct) =>
        {
            return VersionedResults.Ok(request.HttpContext.Response, await sender.Send(body.ToCommand(id, ETags.RequireIfMatch(request)), ct));
        })
        .WithName("EditIssue")
        .WithSummary("Edit a draft issue")
        .WithDescription("Staff; requires `If-Match`. A published issue cannot change (422).")
        .RequireAuthorization(Policies.Staff)
        .Idempotent()
        .Produces<InformationIssueResponse>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status412PreconditionFailed)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesProblem(StatusCodes.Status428PreconditionRequired)
        .ProducesAuthProblems();
}
