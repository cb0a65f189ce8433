namespace Manabi.TalentRegistry.Features.Needs.RecordTraining;

/// <summary>When the training was completed.</summary>
/// <param name="CompletedOn">The day (not in the future); it counts for <c>TalentRegistry:TrainingValidYears</c> years (3 by default).</param>
public sealed record RecordTrainingRequest(DateOnly? CompletedOn)
{
    internal RecordTrainingCommand ToCommand(Guid personId, string code) => new(personId, code, CompletedOn);
}
