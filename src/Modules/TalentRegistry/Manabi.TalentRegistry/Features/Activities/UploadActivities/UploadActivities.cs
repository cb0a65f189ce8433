using System.Text.Json.Nodes;
using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Csv;
using Manabi.BuildingBlocks.Http;
using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Features.Activities.RecordActivity;
using Manabi.TalentRegistry.Features.People;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.Activities.UploadActivities;

/// <summary>Staff upload a spreadsheet of activities: each row lands, is already there, or is rejected with its reason.</summary>
internal sealed record UploadActivitiesCommand(string Csv, string RecordedBy) : ICommand<ActivityUploadResult>
{
    public const int MaxRows = 5000;
}

/// <summary>What became of each row, in file order, and the totals.</summary>
/// <param name="Created">Rows recorded now.</param>
/// <param name="Unchanged">Rows whose occurrence was already recorded for the person (by Catalog, earlier uploads or staff).</param>
/// <param name="Rejected">Rows refused, each with its problem.</param>
/// <param name="Rows">Per row.</param>
public sealed record ActivityUploadResult(int Created, int Unchanged, int Rejected, IReadOnlyList<ActivityUploadRow> Rows);

/// <summary>One data row's outcome.</summary>
/// <param name="Line">The row's line in the file (the header is line 1), as the spreadsheet numbers it.</param>
/// <param name="Status">Created, Unchanged or Rejected.</param>
/// <param name="ActivityId">The person's record of the occurrence, unless rejected.</param>
/// <param name="Problem">Why it was rejected: an RFC 9457 problem with <c>errors</c> per column.</param>
public sealed record ActivityUploadRow(int Line, ActivityUploadStatus Status, Guid? ActivityId, JsonObject? Problem);

/// <summary>What became of a row.</summary>
public enum ActivityUploadStatus
{
    Created,
    Unchanged,
    Rejected,
}

internal sealed class UploadActivitiesValidator : AbstractValidator<UploadActivitiesCommand>
{
    public UploadActivitiesValidator() => RuleFor(c => c.Csv).NotEmpty().Named("CSV ファイル", "file");
}

internal sealed class UploadActivitiesHandler(
    TalentRegistryDbContext db, ActivityRecorder recorder, IValidator<RecordActivityCommand> rowValidator, TimeProvider clock)
    : ICommandHandler<UploadActivitiesCommand, ActivityUploadResult>
{
    public async ValueTask<ActivityUploadResult> Handle(UploadActivitiesCommand c, CancellationToken cancellationToken)
    {
        var rows = CsvRows.Read(c.Csv).ToList();
        var header = CsvHeader.Read(rows.Count > 0 ? rows[0].Fields : [], ActivityCsv.Columns, ActivityCsv.Required);
        var data = rows.Skip(1).ToList();
        CsvHeader.RequireAtMost(data.Count, UploadActivitiesCommand.MaxRows);
        var parsed = data.ConvertAll(row => (row.Line, Read: ActivityCsv.Read(header, row.Fields, c.RecordedBy)));
        var personIds = parsed.Select(p => p.Read.Command?.PersonId).OfType<Guid>().Distinct().ToList();
        var today = clock.Today();
        var standing = (await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToListAsync(cancellationToken))
            .ToDictionary(p => p.Id, p => p.StatusOn(today));

        var outcomes = new List<(int Line, ActivityUploadStatus Status, Guid? PersonId, string? Key, Guid? Id, Exception? Problem)>();
        foreach (var (line, (command, failures)) in parsed)
        {
            if (command is not null)
            {
                failures.AddRange((await rowValidator.ValidateAsync(command, cancellationToken)).Errors);
            }
            if (failures.Count > 0)
            {
                outcomes.Add((line, ActivityUploadStatus.Rejected, null, null, null, new ValidationException(failures)));
                continue;
            }
            if (!standing.TryGetValue(command!.PersonId!.Value, out var status))
            {
                outcomes.Add((line, ActivityUploadStatus.Rejected, null, null, null, PersonErrors.NotFound()));
                continue;
            }
            if (!ActivityRecorder.MayRecordFor(status))
            {
                outcomes.Add((line, ActivityUploadStatus.Rejected, null, null, null, ActivityErrors.PersonNotActive()));
                continue;
            }
            var occurrence = command.ToOccurrence();
            var created = await recorder.RecordAsync(command.PersonId.Value, occurrence, ActivitySource.Staff, c.RecordedBy, cancellationToken);
            outcomes.Add((line, created is null ? ActivityUploadStatus.Unchanged : ActivityUploadStatus.Created, command.PersonId, occurrence.Key, created?.Id, null));
        }
        await db.SaveChangesAsync(cancellationToken);

        var existingKeys = outcomes.Where(o => o is { Status: ActivityUploadStatus.Unchanged }).Select(o => o.Key!).Distinct().ToList();
        var existing = existingKeys.Count == 0 ? [] : await db.ActivityRecords.AsNoTracking()
            .Where(r => personIds.Contains(r.PersonId) && existingKeys.Contains(r.OccurrenceKey))
            .Select(r => new { r.PersonId, r.OccurrenceKey, r.Id }).ToListAsync(cancellationToken);
        var ids = existing.ToDictionary(r => (r.PersonId, r.OccurrenceKey), r => r.Id);
        var results = outcomes.ConvertAll(o => new ActivityUploadRow(o.Line, o.Status,
            o.Id ?? (o.Status == ActivityUploadStatus.Unchanged ? ids.GetValueOrDefault((o.PersonId!.Value, o.Key!)) : null),
            o.Problem is { } problem ? ProblemExceptionHandler.ToJson(problem, $"#/rows/{o.Line}") : null));
        return new(results.Count(r => r.Status == ActivityUploadStatus.Created), results.Count(r => r.Status == ActivityUploadStatus.Unchanged),
            results.Count(r => r.Status == ActivityUploadStatus.Rejected), results);
    }
}
