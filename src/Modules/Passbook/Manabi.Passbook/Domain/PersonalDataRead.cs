namespace Manabi.Passbook.Domain;

/// <summary>An audit record: a staff member read a learner's personal data (APPI accountability).</summary>
internal sealed class PersonalDataRead
{
    private PersonalDataRead() { }

    public Guid Id { get; private set; }
    public Guid LearnerId { get; private set; }
    public string Reader { get; private set; } = "";
    public string What { get; private set; } = "";
    public DateTimeOffset ReadAt { get; private set; }

    public static PersonalDataRead Record(Guid learnerId, string reader, string what, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), LearnerId = learnerId, Reader = reader, What = what, ReadAt = now };
}
