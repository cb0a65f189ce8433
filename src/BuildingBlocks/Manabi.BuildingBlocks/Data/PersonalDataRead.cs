using Microsoft.EntityFrameworkCore;

namespace Manabi.BuildingBlocks.Data;

/// <summary>
/// An audit record: a staff member was shown someone's personal data (APPI accountability). Each
/// module that holds personal data keeps its own, in its schema, with this one shape.
/// </summary>
public sealed class PersonalDataRead
{
    private PersonalDataRead() { }

    public Guid Id { get; private set; }

    /// <summary>Whose data: a learner, a registered person, a delivery-lecture group's request.</summary>
    public Guid SubjectId { get; private set; }

    /// <summary>Who read it (<c>staff:{subject}</c>).</summary>
    public string Reader { get; private set; } = "";

    /// <summary>What was shown (<c>learner</c>, <c>history</c>, <c>contact</c>, …).</summary>
    public string What { get; private set; } = "";

    public DateTimeOffset ReadAt { get; private set; }

    public static PersonalDataRead Record(Guid subjectId, string reader, string what, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), SubjectId = subjectId, Reader = reader, What = what, ReadAt = now };
}

public static class PersonalDataReadModel
{
    /// <summary>Maps the audit of staff reads into the module's schema, naming the subject's column as the module calls it.</summary>
    public static void MapPersonalDataReads(this ModelBuilder modelBuilder, string table, string subjectColumn) =>
        modelBuilder.Entity<PersonalDataRead>(read =>
        {
            read.ToTable(table);
            read.HasKey(r => r.Id);
            read.Property(r => r.SubjectId).HasColumnName(subjectColumn);
            read.HasIndex(r => new { r.SubjectId, r.ReadAt });
            read.Property(r => r.Reader).HasMaxLength(200);
            read.Property(r => r.What).HasMaxLength(100);
        });
}
