namespace Manabi.Catalog.Domain;

/// <summary>
/// An audit record: a staff member was shown a delivery-lecture group's contact details (APPI
/// accountability, as Passbook keeps for learners).
/// </summary>
internal sealed class ContactRead
{
    private ContactRead() { }

    public Guid Id { get; private set; }
    public Guid LectureRequestId { get; private set; }
    public string Reader { get; private set; } = "";
    public string What { get; private set; } = "";
    public DateTimeOffset ReadAt { get; private set; }

    public static ContactRead Record(Guid lectureRequestId, string reader, string what, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), LectureRequestId = lectureRequestId, Reader = reader, What = what, ReadAt = now };
}
