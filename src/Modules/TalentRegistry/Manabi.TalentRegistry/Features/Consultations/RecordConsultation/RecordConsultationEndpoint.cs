using System.Security.Claims;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Consultations.RecordConsultation;

internal static class RecordConsultationEndpoint
{
    public static RouteHandlerBuilder MapRecordConsultation(this IEndpointRouteBuilder group) => group
        .MapPost("/consultations", async (RecordConsultationRequest request, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
        {
            var consultation = await sender.Send(request.ToCommand(user.Actor()), ct);
            return Results.Created($"/api/v1/talent/consultations/{consultation.Id}", consultation);
        })
        .WithName("RecordConsultation")
        .WithSummary("Record a consultation at the exchange center (staff)")
        .WithDescription("23-3 counts these per fiscal year. The staff member is the caller. Honours `Idempotency-Key`.")
        .RequireAuthorization(Policies.Staff)
        .Idempotent()
        .Produces<ConsultationResponse>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
