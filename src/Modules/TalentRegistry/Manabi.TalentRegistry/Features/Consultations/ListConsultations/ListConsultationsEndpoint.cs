using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Consultations.ListConsultations;

internal static class ListConsultationsEndpoint
{
    public static RouteHandlerBuilder MapListConsultations(this IEndpointRouteBuilder group) => group
        .MapGet("/consultations", async (int? fiscalYear, bool? followUp, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new ListConsultationsQuery(fiscalYear, followUp), ct)))
        .ParametersCheckedBy<ListConsultationsQuery>()
        .WithName("ListConsultations")
        .WithSummary("Consultations of a fiscal year, or the follow-up list (staff)")
        .WithDescription("`fiscalYear=2026` (default: the current one), newest first, with the `total` 23-3 counts. `followUp=true` lists " +
            "every consultation still awaiting its follow-up, whatever its year.")
        .RequireAuthorization(Policies.Staff)
        .Produces<ConsultationList>()
        .ProducesValidationProblem()
        .ProducesAuthProblems();
}
