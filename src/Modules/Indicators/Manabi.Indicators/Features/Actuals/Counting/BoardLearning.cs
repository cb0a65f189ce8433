using Manabi.Catalog.Contracts;
using Manabi.Indicators.Contracts;

namespace Manabi.Indicators.Features.Actuals.Counting;

/// <summary>
/// What 22-2 and 26-1 count of a board-run or board-brokered session (a course session, or a delivery
/// lecture): 22-2 the sessions with citizen, business or government instructors and their
/// participants; 26-1 those with citizen or local-business instructors. A session is counted under its
/// own id, so a corrected report of it replaces the first.
/// </summary>
internal static class BoardLearning
{
    /// <summary>The items a session is counted as.</summary>
    public static IEnumerable<(Computation, string)> Items(string key) =>
        [(Computation.BrokeredSessions, key), (Computation.BrokeredParticipants, key), (Computation.CitizenInstructorCourses, key)];

    public static async Task RecordAsync(Tally tally, string key, DateOnly heldOn, int participants, bool boardRunOrBrokered,
        IReadOnlyList<InstructorKind> instructors, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var brokered = boardRunOrBrokered && instructors.Any(k => k is InstructorKind.Citizen or InstructorKind.Business or InstructorKind.Government);
        var citizenLed = boardRunOrBrokered && instructors.Any(k => k is InstructorKind.Citizen or InstructorKind.Business);
        await tally.RecordAsync(Computation.BrokeredSessions, key, heldOn, 1, brokered, asOf, cancellationToken);
        await tally.RecordAsync(Computation.BrokeredParticipants, key, heldOn, participants, brokered, asOf, cancellationToken);
        await tally.RecordAsync(Computation.CitizenInstructorCourses, key, heldOn, 1, citizenLed, asOf, cancellationToken);
    }
}
