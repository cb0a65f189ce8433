using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.TalentRegistry.Features.People;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Needs.RecordInsurance;

internal static class RecordInsuranceEndpoint
{
    public static RouteHandlerBuilder MapRecordInsurance(this IEndpointRouteBuilder group) => group
        .MapPut("/people/{id:guid}/insurance", async (Guid id, RecordInsuranceRequest request, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(request.ToCommand(id), ct)))
        .WithName("RecordInsurance")
        .WithSummary("Record a person's volunteer insurance for a fiscal year (staff)")
        .WithDescription("Volunteers and children supporters are matched only for needs whose dates the insurance covers (`insuredUntil`).")
        .RequireAuthorization(Policies.Staff)
        .Produces<PersonResponse>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
