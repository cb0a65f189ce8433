namespace Manabi.TalentRegistry.Features.Leaders.EnrolTrainee;

/// <summary>Who to enrol.</summary>
/// <param name="PersonId">An active person in the talent register.</param>
public sealed record EnrolTraineeRequest(Guid? PersonId)
{
    internal EnrolTraineeCommand ToCommand(Guid trainingId) => new(trainingId, PersonId);
}
