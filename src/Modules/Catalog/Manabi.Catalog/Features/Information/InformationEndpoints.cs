using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.Catalog.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.Information;

internal static class InformationEndpoints
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/information/issues", async (InformationChannel? channel, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new ListInformationIssuesQuery(true, channel), ct)))
            .WithName("ListPublishedIssues")
            .WithSummary("Published information issues")
            .WithDescription("Public: the exchange center's newsletters, website updates and mail magazines that went out, newest first.")
            .AllowAnonymous()
            .Produces<IReadOnlyList<InformationIssueResponse>>();
        group.MapGet("/information/drafts", async (InformationChannel? channel, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new ListInformationIssuesQuery(false, channel), ct)))
            .WithName("ListAllIssues")
            .WithSummary("All information issues, drafts included")
            .WithDescription("Staff.")
            .RequireAuthorization(Policies.Staff)
            .Produces<IReadOnlyList<InformationIssueResponse>>()
            .ProducesAuthProblems();
        group.MapGet("/information/issues/{id:guid}", async (Guid id, HttpResponse response, ISender sender, CancellationToken ct) =>
            {
                return VersionedResults.Ok(response, await sender.Send(new GetInformationIssueQuery(id, false), ct));
            })
            .WithName("GetIssue")
            .WithSummary("An information issue (staff, drafts included)")
            .WithDescription("The `ETag` is needed to edit a draft.")
            .RequireAuthorization(Policies.Staff)
            .Produces<InformationIssueResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesAuthProblems();
        group.MapPost("/information/issues", async (SaveInformationIssueCommand command, HttpResponse response, ISender sender, CancellationToken ct) =>
            {
                var issue = await sender.Send(command, ct);
                return VersionedResults.Created(response, issue, $"/api/v1/catalog/information/issues/{issue.Value.Id}");
            })
            .WithName("DraftIssue")
            .WithSummary("Draft an information issue")
            .WithDescription("Staff. Honours `Idempotency-Key`.")
            .RequireAuthorization(Policies.Staff)
            .Idempotent()
            .Produces<InformationIssueResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesAuthProblems();
        group.MapPut("/information/issues/{id:guid}", async (Guid id, SaveInformationIssueCommand command, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                return VersionedResults.Ok(request.HttpContext.Response, await sender.Send(command with { Id = id, ExpectedVersion = ETags.RequireIfMatch(request) }, ct));
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
        group.MapPost("/information/issues/{id:guid}/publish", async (Guid id, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new PublishInformationIssueCommand(id), ct)))
            .WithName("PublishIssue")
            .WithSummary("Publish an information issue")
            .WithDescription("Staff. Counts towards indicator 23-2 (information items issued per year). Publishing twice is harmless.")
            .RequireAuthorization(Policies.Staff)
            .Produces<InformationIssueResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesAuthProblems();
        group.MapPost("/information/digest", async (DraftDigestCommand command, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(command, ct)))
            .WithName("DraftDigest")
            .WithSummary("Draft an issue from upcoming learning opportunities")
            .WithDescription("Staff: collects public opportunities with a session in the date range, grouped by field, into a new draft issue, " +
                "and returns it rendered as HTML and plain text for editing.")
            .RequireAuthorization(Policies.Staff)
            .Produces<DigestResponse>()
            .ProducesValidationProblem()
            .ProducesAuthProblems();
    }
}
