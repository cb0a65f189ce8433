using System.Text.Json.Nodes;
using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Csv;
using Manabi.BuildingBlocks.Http;
using Manabi.SchoolCommunityCoordination.Data;
using Manabi.SchoolCommunityCoordination.Domain;
using Manabi.SchoolCommunityCoordination.Features.Activities.RecordSession;
using Manabi.SchoolCommunityCoordination.Features.Coordinators;
using Manabi.TalentRegistry.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.SchoolCommunityCoordination.Features.Activities.UploadSessions;

/// <summary>
/// A coordinator or staff upload a spreadsheet of sessions. A row is the session of its activity on
/// that date at that start time: new (created), the same as recorded (unchanged), different
/// (updated, as a correction would), or rejected with its reason. The same file twice changes nothing.
/// </summary>
internal sealed record UploadSessionsCommand(string Csv, Caller Caller) : ICommand<SessionUploadResult>
{
    public const int MaxRows = 2000;
}

/// <summary>What became of each row, in file order, and the totals.</summary>
/// <param name="Created">Sessions recorded now.</param>
/// <param name="Updated">Sessions already recorded that the row corrected.</param>
/// <param name="Unchanged">Rows the same as what was recorded.</param>
/// <param name="Rejected">Rows refused, each with its problem.</param>
/// <param name="Rows">Per row.</param>
public sealed record SessionUploadResult(int Created, int Updated, int Unchanged, int Rejected, IReadOnlyList<SessionUploadRow> Rows);

/// <summary>One data row's outcome.</summary>
/// <param name="Line">The row's line in the file (the header is line 1).</param>
/// <param name="Status">Created, Updated, Unchanged or Rejected.</param>
/// <param name="SessionId">The session, unless rejected.</param>
/// <param name="Problem">Why it was rejected: an RFC 9457 problem with <c>errors</c> per column.</param>
public sealed record SessionUploadRow(int Line, SessionUploadStatus Status, Guid? SessionId, JsonObject? Problem);

/// <summary>What became of a row.</summary>
public enum SessionUploadStatus
{
    Created,
    Updated,
    Unchanged,
    Rejected,
}

internal sealed class UploadSessionsValidator : AbstractValidator<UploadSessionsCommand>
{
    public UploadSessionsValidator() => RuleFor(c => c.Csv).NotEmpty().Named("CSV ファイル", "file");
}

internal sealed class UploadSessionsHandler(
    SchoolCommunityCoordinationDbContext db, ISender sender, CoordinatorScopes scopes, IValidator<RecordSessionCommand> rowValidator, TimeProvider clock)
    : ICommandHandler<UploadSessionsCommand, SessionUploadResult>
{
    public async ValueTask<SessionUploadResult> Handle(UploadSessionsCommand c, CancellationToken cancellationToken)
    {
        var rows = CsvRows.Read(c.Csv).ToList();
        var header = CsvHeader.Read(rows.Count > 0 ? rows[0].Fields : [], SessionCsv.Columns, SessionCsv.Required);
        var data = rows.Skip(1).ToList();
        CsvHeader.RequireAtMost(data.Count, UploadSessionsCommand.MaxRows);
        var parsed = data.ConvertAll(row => (row.Line, Read: SessionCsv.Read(header, row.Fields, c.Caller)));

        var scope = await scopes.OfAsync(c.Caller, cancellationToken);
        var activityIds = parsed.Select(p => p.Read.Command?.ActivityId).OfType<Guid>().Distinct().ToList();
        await ActivityYears.LockAsync(db, activityIds, cancellationToken);
        var activities = (await db.Activities.Where(a => activityIds.Contains(a.Id)).ToListAsync(cancellationToken))
            .Where(a => scope.Covers(a.DistrictId)).ToDictionary(a => a.Id);
        var recorded = await RecordedAsync([.. activities.Keys], [.. parsed.Select(p => p.Read.Command?.Date).OfType<DateOnly>().Distinct()], cancellationToken);
        var personIds = parsed.SelectMany(p => p.Read.Command?.RegisteredPersonIds ?? []).Distinct().ToList();
        var known = personIds.Count == 0 ? [] : (await sender.Send(new GetPeopleStandingQuery(personIds), cancellationToken)).Select(p => p.PersonId).ToHashSet();

        var results = new List<SessionUploadRow>();
        foreach (var (line, (command, failures)) in parsed)
        {
            if (command is not null)
            {
                failures.AddRange((await rowValidator.ValidateAsync(command, cancellationToken)).Errors);
            }
            Exception? problem = failures.Count > 0 ? new ValidationException(failures)
                : !activities.ContainsKey(command!.ActivityId) ? ActivityErrors.NotFound()
                : command.RegisteredPersonIds!.Where(id => !known.Contains(id)).ToList() is [_, ..] unknown ? ActivityErrors.UnknownVolunteers(unknown)
                : null;
            if (problem is not null)
            {
                results.Add(new(line, SessionUploadStatus.Rejected, null, ProblemExceptionHandler.ToJson(problem, $"#/rows/{line}")));
                continue;
            }
            var activity = activities[command!.ActivityId];
            var details = command.Details();
            var (session, status) = recorded.TryGetValue((activity.Id, details.Date, details.StartsAt), out var existing)
                ? (existing, existing.Matches(details) ? SessionUploadStatus.Unchanged : SessionUploadStatus.Updated)
                : (activity.NewSession(details, clock.GetUtcNow()), SessionUploadStatus.Created);
            if (status == SessionUploadStatus.Updated)
            {
                session.Record(details);
            }
            if (status == SessionUploadStatus.Created)
            {
                db.Sessions.Add(session);
                recorded[(activity.Id, details.Date, details.StartsAt)] = session;
            }
            if (status != SessionUploadStatus.Unchanged)
            {
                db.PublishRecorded(activity, session);
            }
            results.Add(new(line, status, session.Id, null));
        }
        await db.SaveChangesAsync(cancellationToken);
        return new(Count(SessionUploadStatus.Created), Count(SessionUploadStatus.Updated), Count(SessionUploadStatus.Unchanged),
            Count(SessionUploadStatus.Rejected), results);

        int Count(SessionUploadStatus status) => results.Count(r => r.Status == status);
    }

    /// <summary>The sessions a row can name (its activity's on its date, by start time), not every session the activities ever had.</summary>
    private async Task<Dictionary<(Guid ActivityId, DateOnly Date, TimeOnly? StartsAt), CollaborationSession>> RecordedAsync(
        List<Guid> activityIds, List<DateOnly> dates, CancellationToken cancellationToken) =>
        (await db.Sessions.Where(s => activityIds.Contains(s.ActivityId) && dates.Contains(s.Date)).ToListAsync(cancellationToken))
            // Two sessions recorded through the API at the same date and time: a row names the first.
            .GroupBy(s => (s.ActivityId, s.Date, s.StartsAt)).ToDictionary(g => g.Key, g => g.MinBy(s => s.Id)!);
}
