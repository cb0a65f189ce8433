namespace Manabi.SchoolCommunityCoordination.Data;

/// <summary>
/// What one activity held in one fiscal year: its held sessions, their registered participations,
/// unregistered helpers and children. Kept by increments in the transaction that changes a session
/// (<see cref="ActivityYears"/>), so the coverage report reads a row per activity instead of every
/// session and participation.
/// </summary>
internal sealed class ActivityYear
{
    public Guid ActivityId { get; private set; }
    public int FiscalYear { get; private set; }
    public int HeldSessions { get; private set; }
    public int RegisteredParticipations { get; private set; }
    public int UnregisteredHelpers { get; private set; }
    public int Children { get; private set; }
}
