using System.Security.Claims;
using Manabi.BuildingBlocks.Csv;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Activities.UploadActivities;

internal static class UploadActivitiesEndpoint
{
    /// <summary>5,000 rows of a few hundred bytes each, with room to spare.</summary>
    public const long MaxBodyBytes = 4 * 1024 * 1024;

    public static RouteHandlerBuilder MapUploadActivities(this IEndpointRouteBuilder group) => group
        .MapPost("/activities/upload", async (HttpRequest request, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body, ct);
            return Results.Ok(await sender.Send(new UploadActivitiesCommand(SpreadsheetText.Decode(body.ToArray()), user.Actor()), ct));
        })
        .WithName("UploadActivities")
        .WithSummary("Upload a spreadsheet of activities (staff)")
        .WithDescription("`text/csv`, UTF-8 (with or without BOM) or Shift_JIS as Japanese Excel saves it; up to 5,000 rows. The first row " +
            "names the columns, as `POST /activities` names its fields: `personId`, `role`, `kind`, `date` (2026/12/10 or 2026-12-10) and " +
            "optionally `hours`, `sessionId`, `lectureRequestId`, `reference`, `title`. Each row is created, unchanged (that occurrence is " +
            "already recorded for the person, by Catalog or an earlier upload) or rejected with its reason; good rows land even when others " +
            "are rejected, and uploading the same file again changes nothing. Honours `Idempotency-Key`.")
        .RequireAuthorization(Policies.Staff)
        .Idempotent()
        .Accepts<string>("text/csv")
        .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
        .Produces<ActivityUploadResult>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesAuthProblems();
}
