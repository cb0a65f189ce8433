using Manabi.TalentRegistry.Contracts;

namespace Manabi.TalentRegistry.Features.Activities.RecordActivity;

/// <summary>A person's part in one activity, as staff report it. Name the occurrence with exactly one of sessionId, lectureRequestId or reference.</summary>
/// <param name="PersonId">Who.</param>
/// <param name="Role">Instructor, Volunteer, Leader or ChildrenSupporter.</param>
/// <param name="Kind">DeliveryLecture, CourseSession, SocialEducationProgramme, SchoolCommunityActivity or Other.</param>
/// <param name="Date">The day (not in the future).</param>
/// <param name="Hours">How long (0.25 to 24), if known.</param>
/// <param name="SessionId">The Catalog session, when it was one.</param>
/// <param name="LectureRequestId">The delivery-lecture request, when it was one.</param>
/// <param name="Reference">Otherwise the activity's name as staff's list writes it (「公民館まつり」): with kind and date it names the occurrence.</param>
/// <param name="Title">A title to show.</param>
public sealed record RecordActivityRequest(
    Guid? PersonId, ActivityRole? Role, ActivityKind? Kind, DateOnly? Date, decimal? Hours, Guid? SessionId, Guid? LectureRequestId,
    string? Reference, string? Title)
{
    internal RecordActivityCommand ToCommand(string recordedBy) =>
        new(PersonId, Role, Kind, Date, Hours, SessionId, LectureRequestId, Reference, Title, recordedBy);
}
