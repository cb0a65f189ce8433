using System.Globalization;
using FluentValidation.Results;
using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Csv;
using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Features.Activities.RecordActivity;

namespace Manabi.TalentRegistry.Features.Activities.UploadActivities;

/// <summary>
/// The spreadsheet schools and the center keep: a header row naming the columns (in any order) as
/// the JSON of <c>POST /activities</c> does, then one activity per row. Dates as Excel writes them
/// (2026/12/10) or ISO (2026-12-10).
/// </summary>
internal static class ActivityCsv
{
    public static readonly string[] Columns = ["personId", "role", "kind", "date", "hours", "sessionId", "lectureRequestId", "reference", "title"];
    public static readonly string[] Required = ["personId", "role", "kind", "date"];

    /// <summary>The command a row stands for, or why it cannot be read (a column that does not parse).</summary>
    public static (RecordActivityCommand? Command, List<ValidationFailure> Failures) Read(
        IReadOnlyDictionary<string, int> header, IReadOnlyList<string> fields, string recordedBy)
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
        var command = new RecordActivityCommand(
            Parse("personId", CsvValues.Id, new("人材 ID（personId）が正しくありません。", "personId is not an id.")),
            Parse("role", CsvValues.Enum<ActivityRole>, new("役割（role）は Instructor・Volunteer・Leader・ChildrenSupporter のいずれかです。",
                "role is Instructor, Volunteer, Leader or ChildrenSupporter.")),
            Parse("kind", CsvValues.Enum<ActivityKind>, new("活動の種類（kind）は DeliveryLecture・CourseSession・SocialEducationProgramme・SchoolCommunityActivity・Other のいずれかです。",
                "kind is DeliveryLecture, CourseSession, SocialEducationProgramme, SchoolCommunityActivity or Other.")),
            Parse("date", CsvValues.Date,
                new("活動日（date）は 2026/12/10 か 2026-12-10 の形で書いてください。", "date is written 2026/12/10 or 2026-12-10.")),
            Parse("hours", t => (decimal.TryParse(t, NumberStyles.Number, CultureInfo.InvariantCulture, out var h), h),
                new("活動時間（hours）は数字で書いてください。", "hours is a number.")),
            Parse("sessionId", CsvValues.Id, new("sessionId が正しくありません。", "sessionId is not an id.")),
            Parse("lectureRequestId", CsvValues.Id, new("lectureRequestId が正しくありません。", "lectureRequestId is not an id.")),
            Text("reference"), Text("title"), recordedBy);
        return (failures.Count == 0 ? command : null, failures);
    }
}
