namespace Manabi.TalentRegistry.Features.Leaders.ReportPracticalActivity;

/// <summary>A trainee's practical activity.</summary>
/// <param name="ActivityOn">When it took place (not in the future).</param>
/// <param name="Summary">What they did.</param>
public sealed record ReportPracticalActivityRequest(DateOnly? ActivityOn, string? Summary)
{
    internal ReportPracticalActivityCommand ToCommand(Guid trainingId, Guid personId) => new(trainingId, personId, ActivityOn, Summary);
}
