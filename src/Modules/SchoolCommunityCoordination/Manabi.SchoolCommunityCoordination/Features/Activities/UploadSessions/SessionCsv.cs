using FluentValidation.Results;
using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Csv;
using Manabi.SchoolCommunityCoordination.Contracts;
using Manabi.SchoolCommunityCoordination.Features.Activities.RecordSession;
using Manabi.SchoolCommunityCoordination.Features.Coordinators;

namespace Manabi.SchoolCommunityCoordination.Features.Activities.UploadSessions;

/// <summary>
/// The sessions spreadsheet schools and coordinators keep: a header row naming the columns (in any
/// order) as <c>POST /activities/{id}/sessions</c> names its fields, plus <c>activityId</c>; one session
/// per row. Registered volunteers are person ids separated by spaces or semicolons; <c>status</c>
/// left empty means Held; <c>activityTitle</c> is there for people to read and is not used.
/// </summary>
internal static class SessionCsv
{
    public static readonly string[] Columns =
        ["activityId", "activityTitle", "date", "startsAt", "endsAt", "place", "status", "children", "registeredPersonIds", "unregisteredHelpers"];

    public static readonly string[] Required = ["activityId", "date"];

    public static (RecordSessionCommand? Command, List<ValidationFailure> Failures) Read(IReadOnlyDictionary<string, int> header, IReadOnlyList<string> fields, Caller caller)
    {
        var failures = new List<ValidationFailure>();
        string? Text(string column) => header.TryGetValue(column, out var i) && i < fields.Count && fields[i].Trim() is { Length: > 0 } v ? v : null;
        T? Parse<T>(string column, Func<string, (bool, T)> parse, Text message) where T : struct
        {
            if (Text(column) is not { } text) return null;
            var (ok, value) = parse(text);
            if (!ok) failures.Add(new ValidationFailure(column, message.Current));
            return ok ? value : null;
        }
        var activityId = Parse("activityId", CsvValues.Id, new("活動 ID（activityId）が正しくありません。", "activityId is not an id."));
        var people = new List<Guid>();
        foreach (var id in (Text("registeredPersonIds") ?? "").Split([' ', ';', '　'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Guid.TryParse(id, out var personId)) people.Add(personId);
            else failures.Add(new ValidationFailure("registeredPersonIds", new Text(
                $"registeredPersonIds の「{id}」は人材 ID ではありません。ID を空白か ; で区切って書いてください。",
                $"'{id}' in registeredPersonIds is not a person id: separate ids with spaces or semicolons.").Current));
        }
        var command = new RecordSessionCommand(activityId ?? Guid.Empty,
            Parse("date", CsvValues.Date, new("実施日（date）は 2026/12/10 か 2026-12-10 の形で書いてください。", "date is written 2026/12/10 or 2026-12-10.")),
            Parse("startsAt", CsvValues.Time, new("開始時刻（startsAt）は 9:30 の形で書いてください。", "startsAt is written 9:30.")),
            Parse("endsAt", CsvValues.Time, new("終了時刻（endsAt）は 11:30 の形で書いてください。", "endsAt is written 11:30.")),
            Text("place"),
            Parse("status", CsvValues.Enum<CollaborationSessionStatus>, new("実施状況（status）は Held・Cancelled・Planned のいずれかです（空欄は Held）。",
                "status is Held, Cancelled or Planned (empty means Held).")) ?? CollaborationSessionStatus.Held,
            Parse("children", CsvValues.Count, new("子どもの数（children）は数字で書いてください。", "children is a number.")),
            people,
            Parse("unregisteredHelpers", CsvValues.Count, new("登録のない協力者の数（unregisteredHelpers）は数字で書いてください。", "unregisteredHelpers is a number.")),
            caller);
        return (failures.Count == 0 && activityId is not null ? command : null, failures);
    }
}
