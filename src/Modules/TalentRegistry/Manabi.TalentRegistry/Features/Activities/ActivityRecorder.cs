using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Domain;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.Activities;

/// <summary>
/// Records a person's part in an occurrence once, whichever route reports it first: the insert
/// yields to the unique (person, occurrence) key, so two sources at the same moment still make one
/// record, and only the one that inserted announces it.
/// </summary>
internal sealed class ActivityRecorder(TalentRegistryDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Staff record what active people did; a lapsed person's activity before renewal still happened
    /// and is recorded. Applicants, declined, suspended and retired people are not.
    /// </summary>
    public static bool MayRecordFor(PersonStatus status) => status is PersonStatus.Active or PersonStatus.Lapsed;

    /// <summary>The part of each of these people who is in the register (other modules name people by id; unknown ids are skipped).</summary>
    public async Task RecordForRegisteredAsync(IReadOnlyList<Guid> personIds, ActivityOccurrence occurrence, ActivitySource source,
        CancellationToken cancellationToken, string recordedBy = "catalog")
    {
        var people = await db.People.Where(p => personIds.Contains(p.Id)).Select(p => new { p.Id, p.IsDemo }).ToListAsync(cancellationToken);
        if (people.Count == 0)
        {
            return;
        }
        // A demo person's activity is demo data too, whichever module reported it.
        var records = people.ConvertAll(p => ActivityRecord.Record(p.Id, occurrence, source, recordedBy, clock.GetUtcNow(), p.IsDemo));
        var first = records[0];
        // One statement for everyone listed (a session names a dozen volunteers), yielding per person as RecordAsync does.
        var inserted = (await db.Database.SqlQuery<Guid>($"""
            WITH inserted AS (
                INSERT INTO talent.activity_records (id, person_id, role, kind, date, hours, source, occurrence_key, title, recorded_by, recorded_at, is_demo)
                SELECT r.id, r.person_id, {first.Role.ToString()}, {first.Kind.ToString()}, {first.Date}, {first.Hours}::numeric,
                       {first.Source.ToString()}, {first.OccurrenceKey}, {first.Title}::text, {first.RecordedBy}, {first.RecordedAt}, r.is_demo
                FROM unnest({records.ConvertAll(r => r.Id).ToArray()}, {records.ConvertAll(r => r.PersonId).ToArray()},
                            {records.ConvertAll(r => r.IsDemo).ToArray()}) AS r(id, person_id, is_demo)
                ON CONFLICT (person_id, occurrence_key) DO NOTHING
                RETURNING id)
            SELECT id AS "Value" FROM inserted
            """).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var record in records.Where(r => inserted.Contains(r.Id)))
        {
            db.Publish(new ActivityRecordedIntegrationEvent(record.Id, record.PersonId, record.Role, record.Kind, record.Date, source));
        }
    }

    public async Task<ActivityRecord?> RecordAsync(Guid personId, ActivityOccurrence occurrence, ActivitySource source, string recordedBy,
        CancellationToken cancellationToken, bool isDemo = false)
    {
        var record = ActivityRecord.Record(personId, occurrence, source, recordedBy, clock.GetUtcNow(), isDemo);
        var inserted = await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO talent.activity_records (id, person_id, role, kind, date, hours, source, occurrence_key, title, recorded_by, recorded_at, is_demo)
            VALUES ({record.Id}, {record.PersonId}, {record.Role.ToString()}, {record.Kind.ToString()}, {record.Date}, {record.Hours},
                    {record.Source.ToString()}, {record.OccurrenceKey}, {record.Title}, {record.RecordedBy}, {record.RecordedAt}, {record.IsDemo})
            ON CONFLICT (person_id, occurrence_key) DO NOTHING
            """, cancellationToken);
        if (inserted == 0)
        {
            return null;
        }
        db.Publish(new ActivityRecordedIntegrationEvent(record.Id, personId, record.Role, record.Kind, record.Date, source));
        return record;
    }
}
