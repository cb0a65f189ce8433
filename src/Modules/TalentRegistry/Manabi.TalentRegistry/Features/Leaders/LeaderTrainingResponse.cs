using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Domain;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.Leaders;

/// <summary>A leader training, its sessions and every trainee's progress towards certification.</summary>
/// <param name="Id">The training.</param>
/// <param name="Name">e.g. ひと・まちづくりリーダー養成講座（2026年度）.</param>
/// <param name="FiscalYear">Fiscal year it runs in (2026 = 2026年度).</param>
/// <param name="PartnerCommittee">The committee that runs it with the board.</param>
/// <param name="Sessions">Its sessions, numbered in date order.</param>
/// <param name="MinimumSessionsAttended">Sessions a trainee must attend to be certified.</param>
/// <param name="PracticalActivityRequired">Whether a practical activity must be reported too.</param>
/// <param name="Trainees">Enrolled people and where each stands.</param>
public sealed record LeaderTrainingResponse(
    Guid Id, string Name, int FiscalYear, string? PartnerCommittee, IReadOnlyList<TrainingSessionResponse> Sessions, int MinimumSessionsAttended,
    bool PracticalActivityRequired, IReadOnlyList<TraineeResponse> Trainees)
{
    /// <summary>Reads the trainees' names and certifications with the training.</summary>
    internal static async Task<LeaderTrainingResponse> ReadAsync(TalentRegistryDbContext db, LeaderTraining training, CancellationToken cancellationToken) =>
        (await ReadAsync(db, [training], cancellationToken))[0];

    internal static async Task<IReadOnlyList<LeaderTrainingResponse>> ReadAsync(
        TalentRegistryDbContext db, IReadOnlyList<LeaderTraining> trainings, CancellationToken cancellationToken)
    {
        var personIds = trainings.SelectMany(t => t.Trainees).Select(t => t.PersonId).Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var trainingIds = trainings.Select(t => t.Id).ToList();
        var certified = await db.LeaderCertifications.AsNoTracking().Where(c => trainingIds.Contains(c.TrainingId) && c.RevokedAt == null)
            .ToDictionaryAsync(c => (c.TrainingId, c.PersonId), c => (c.Id, c.Number), cancellationToken);
        return [.. trainings.Select(t => new LeaderTrainingResponse(
            t.Id, t.Name, t.FiscalYear, t.PartnerCommittee, [.. t.Sessions.Select(s => new TrainingSessionResponse(s.Number, s.Date, s.Title))],
            t.MinimumSessionsAttended, t.PracticalActivityRequired,
            [.. t.Trainees.OrderBy(e => e.EnrolledAt).Select(e =>
            {
                var gap = t.GapOf(e);
                var certification = certified.TryGetValue((t.Id, e.PersonId), out var c) ? c : ((Guid, string)?)null;
                return new TraineeResponse(e.PersonId, names.GetValueOrDefault(e.PersonId, ""), e.AttendedSessions, e.PracticalActivityOn,
                    e.PracticalActivitySummary, gap.SessionsMissing, gap.PracticalActivityMissing, gap.IsMet, certification?.Item1, certification?.Item2);
            })]))];
    }
}

/// <summary>One session of a training.</summary>
/// <param name="Number">1 for the first (by date).</param>
/// <param name="Date">When it is held.</param>
/// <param name="Title">What it covers.</param>
public sealed record TrainingSessionResponse(int Number, DateOnly Date, string Title);

/// <summary>A trainee's progress.</summary>
/// <param name="PersonId">The person (in the talent register).</param>
/// <param name="Name">Their name.</param>
/// <param name="AttendedSessions">Numbers of the sessions they attended.</param>
/// <param name="PracticalActivityOn">When their practical activity took place, once reported.</param>
/// <param name="PracticalActivitySummary">What they did.</param>
/// <param name="SessionsMissing">Sessions still to attend for the completion rule.</param>
/// <param name="PracticalActivityMissing">Whether the required practical activity is still to be reported.</param>
/// <param name="MeetsCompletionRule">Whether staff can certify them now.</param>
/// <param name="CertificationId">Their certification from this training, once certified.</param>
/// <param name="CertificateNumber">Its number.</param>
public sealed record TraineeResponse(
    Guid PersonId, string Name, IReadOnlyList<int> AttendedSessions, DateOnly? PracticalActivityOn, string? PracticalActivitySummary,
    int SessionsMissing, bool PracticalActivityMissing, bool MeetsCompletionRule, Guid? CertificationId, string? CertificateNumber);
