namespace Manabi.TalentRegistry.Features.Leaders.TakeTrainingRegister;

/// <summary>A session's register.</summary>
/// <param name="PersonIds">Everyone who attended (trainees of this training); the trainees not listed did not.</param>
public sealed record TakeTrainingRegisterRequest(IReadOnlyList<Guid>? PersonIds)
{
    internal TakeTrainingRegisterCommand ToCommand(Guid trainingId, int session) => new(trainingId, session, PersonIds);
}
