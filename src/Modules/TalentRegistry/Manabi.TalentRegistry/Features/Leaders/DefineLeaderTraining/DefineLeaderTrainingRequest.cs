namespace Manabi.TalentRegistry.Features.Leaders.DefineLeaderTraining;

/// <summary>A leader training programme (ひと・まちづくりリーダー養成講座).</summary>
/// <param name="Name">Its name.</param>
/// <param name="FiscalYear">Fiscal year it runs in (2026 = 2026年度).</param>
/// <param name="PartnerCommittee">The committee that runs it with the board.</param>
/// <param name="Sessions">Its sessions (up to 30); they are numbered in date order.</param>
/// <param name="MinimumSessionsAttended">Sessions a trainee must attend to be certified (no more than there are).</param>
/// <param name="PracticalActivityRequired">Whether a trainee must also report a practical activity.</param>
public sealed record DefineLeaderTrainingRequest(
    string? Name, int? FiscalYear, string? PartnerCommittee, IReadOnlyList<TrainingSessionInput>? Sessions, int? MinimumSessionsAttended,
    bool? PracticalActivityRequired)
{
    internal DefineLeaderTrainingCommand ToCommand() =>
        new(Name, FiscalYear, PartnerCommittee, Sessions, MinimumSessionsAttended, PracticalActivityRequired);
}
