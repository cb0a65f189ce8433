using Manabi.Catalog.Domain;
using Manabi.Catalog.Features.Opportunities;

namespace Manabi.Catalog.Features.DeliveryLectures;

/// <summary>A topic on the delivery-lecture menu.</summary>
/// <param name="Id">Topic id.</param>
/// <param name="Title">Title.</param>
/// <param name="Description">What the lecture covers.</param>
/// <param name="FieldCode">Field.</param>
/// <param name="Instructors">Who teaches it.</param>
/// <param name="DurationMinutes">Length of the lecture.</param>
/// <param name="MinimumGroupSize">Fewest participants a request must expect.</param>
/// <param name="LeadTimeDays">Days needed between request and lecture.</param>
/// <param name="OnlinePossible">Can be given online.</param>
/// <param name="Active">On the menu now.</param>
public sealed record LectureTopicResponse(
    Guid Id, string Title, string Description, string FieldCode, IReadOnlyList<InstructorResponse> Instructors,
    int DurationMinutes, int MinimumGroupSize, int LeadTimeDays, bool OnlinePossible, bool Active)
{
    internal static LectureTopicResponse From(LectureTopic t) => new(t.Id, t.Title, t.Description, t.FieldCode,
        t.Instructors.Select(i => new InstructorResponse(i.Name, i.Kind, i.PersonId)).ToList(),
        t.DurationMinutes, t.MinimumGroupSize, t.LeadTimeDays, t.OnlinePossible, t.Active);
}
