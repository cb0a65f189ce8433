using System.Security.Claims;
using Manabi.BuildingBlocks.Csv;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.SchoolCommunityCoordination.Features.Coordinators;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Manabi.SchoolCommunityCoordination.Features.Activities.UploadSessions;

internal static class UploadSessionsEndpoint
{
    /// <summary>2,000 rows of a few hundred bytes each (ids of several volunteers), with room to spare.</summary>
    public const long MaxBodyBytes = 2 * 1024 * 1024;

    public static RouteHandlerBuilder MapUploadSessions(this IEndpointRouteBuilder group) => group
        .MapPost("/sessions/upload", async (HttpRequest request, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body, ct);
            return Results.Ok(await sender.Send(new UploadSessionsCommand(SpreadsheetText.Decode(body.ToArray()), Caller.Of(user)), ct));
        })
        .WithName("UploadSessions")
        .WithSummary("Upload a spreadsheet of sessions with their volunteers (coordinator or staff)")
        .WithDescription("`text/csv`, UTF-8 (with or without BOM) or Shift_JIS/CP932 as Japanese Excel saves it; up to 2,000 rows. Start " +
            "from `GET /sessions/upload-template`. Columns: `activityId`, `date` and optionally `startsAt`, `endsAt`, `place`, `status` " +
            "(empty = Held), `children`, `registeredPersonIds` (separated by spaces or `;`), `unregisteredHelpers`, and `activityTitle` " +
            "(ignored). A row is the session of that activity on that date at that start time: created, updated, unchanged, or " +
            "rejected with its reason (another district's activity is not found). Good rows land even when others are rejected; the " +
            "same file again changes nothing. Honours `Idempotency-Key`.")
        .RequireAuthorization(Policies.Coordinator)
        .Idempotent()
        .Accepts<string>("text/csv")
        .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
        .Produces<SessionUploadResult>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesAuthProblems();
}
