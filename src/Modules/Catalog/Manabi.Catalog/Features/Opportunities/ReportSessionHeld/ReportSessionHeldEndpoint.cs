using System.Security.Claims;
using FluentValidation;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Catalog.Features.Opportunities.ReportSessionHeld;

internal static class ReportSessionHeldEndpoint
{
    public static RouteHandlerBuilder MapReportSessionHeld(this IEndpointRouteBuilder group) => group
        .MapPost("/providers/{providerId:guid}/opportunities/{externalId:maxlength(100)}/sessions/{sessionExternalId:maxlength(100)}/held",
            async (Guid providerId, string externalId, string sessionExternalId, ReportSessionHeldRequest request, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(request.ToCommand(providerId, externalId, sessionExternalId, user.PartnerProviderId()), ct)))
        .WithName("ReportSessionHeld")
        .WithSummary("Report a session as held")
        .WithDescription("With the number of participants, once the session has started. Reporting again corrects the count. Honours `Idempotency-Key`.")
        .RequireAuthorization(Policies.StaffOrPartner)
        .Idempotent()
        .Produces<SessionResponse>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesAuthProblems();
}
