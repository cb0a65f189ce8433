using Manabi.Catalog.Features.Opportunities;

namespace Manabi.Catalog.Features.DeliveryLectures;

/// <summary>Add a topic to the menu, or replace one (staff).</summary>
/// <param name="Title">Title.</param>
/// <param name="Description">What the lecture covers.</param>
/// <param name="FieldCode">Field code.</param>
/// <param name="Instructors">Who teaches it (1 to 10).</param>
/// <param name="DurationMinutes">Length, 15 to 480 minutes.</param>
/// <param name="MinimumGroupSize">Fewest participants, 1 or more.</param>
/// <param name="LeadTimeDays">Days needed between request and lecture, 0 to 365.</param>
/// <param name="OnlinePossible">Can be given online.</param>
/// <param name="Active">On the menu (default true).</param>
public sealed record LectureTopicRequest(
    string? Title, string? Description, string? FieldCode, IReadOnlyList<InstructorInput>? Instructors,
    int? DurationMinutes, int? MinimumGroupSize, int? LeadTimeDays, bool OnlinePossible, bool? Active)
{
    internal SaveLectureTopicCommand ToCommand(Guid? id = null, uint? expectedVersion = null) =>
        new(id, Title, Description, FieldCode, Instructors, DurationMinutes, MinimumGroupSize, LeadTimeDays, OnlinePossible, Active, expectedVersion);
}
