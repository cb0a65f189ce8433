using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.TalentRegistry.Features.People;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Needs.RecordTraining;

internal static class RecordTrainingEndpoint
{
    public static RouteHandlerBuilder MapRecordTraining(this IEndpointRouteBuilder group) => group
        .MapPut("/people/{id:guid}/trainings/{code:maxlength(50)}", async (Guid id, string code, RecordTrainingRequest request, ISender sender,
                CancellationToken ct) =>
            Results.Ok(await sender.Send(request.ToCommand(id, code), ct)))
        .WithName("RecordTraining")
        .WithSummary("Record a training a person completed (staff)")
        .WithDescription("Roles with required trainings (`TalentRegistry:RequiredTrainings`; children supporters: `child-safeguarding` by default) " +
            "are matched only while each was completed within `TalentRegistry:TrainingValidYears` (3) of the need's dates.")
        .RequireAuthorization(Policies.Staff)
        .Produces<PersonResponse>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
