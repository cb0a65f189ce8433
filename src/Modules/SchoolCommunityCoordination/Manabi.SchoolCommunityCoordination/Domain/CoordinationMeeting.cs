using Manabi.SchoolCommunityCoordination.Contracts;

namespace Manabi.SchoolCommunityCoordination.Domain;

/// <summary>A coordinator training or an exchange meeting of coordinators and volunteers, with its attendance.</summary>
internal sealed class CoordinationMeeting
{
    private CoordinationMeeting() { }

    public Guid Id { get; private set; }
    public MeetingKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public DateOnly Date { get; private set; }
    public int Coordinators { get; private set; }
    public int Volunteers { get; private set; }
    public bool IsDemo { get; private set; }

    public static CoordinationMeeting Hold(MeetingKind kind, string title, DateOnly date, int coordinators, int volunteers, DateTimeOffset now, bool isDemo = false) =>
        new() { Id = Guid.CreateVersion7(now), Kind = kind, Title = title.Trim(), Date = date, Coordinators = coordinators, Volunteers = volunteers, IsDemo = isDemo };
}
