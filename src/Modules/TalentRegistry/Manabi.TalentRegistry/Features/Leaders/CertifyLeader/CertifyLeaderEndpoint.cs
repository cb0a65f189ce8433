using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Leaders.CertifyLeader;

internal static class CertifyLeaderEndpoint
{
    public static RouteHandlerBuilder MapCertifyLeader(this IEndpointRouteBuilder group) => group
        .MapPost("/leader-trainings/{id:guid}/trainees/{personId:guid}/certification",
            async (Guid id, Guid personId, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var certification = await sender.Send(new CertifyLeaderCommand(id, personId, PublicUrls.BaseUrl(http)), ct);
                return Results.Created($"/api/v1/talent/leader-certifications/{certification.Id}", certification);
            })
        .WithName("CertifyLeader")
        .WithSummary("Certify a trainee as a ひと・まちづくりリーダー (staff)")
        .WithDescription("Only when the training's completion rule is met (422 `completion-rule-not-met`, saying what is missing) and the " +
            "person is active (422 `person-not-active`). Gives a certificate number, the `CommunityLeader` role and an Open Badges 3.0 " +
            "credential (VC-JWT, verifiable with `/.well-known/jwks.json`). A second certification from the same training is 409. " +
            "Honours `Idempotency-Key`.")
        .RequireAuthorization(Policies.Staff)
        .Idempotent()
        .Produces<CertificationResponse>(StatusCodes.Status201Created)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesAuthProblems();
}
