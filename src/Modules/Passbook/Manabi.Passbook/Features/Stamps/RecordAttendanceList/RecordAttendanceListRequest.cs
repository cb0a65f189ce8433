namespace Manabi.Passbook.Features.Stamps.RecordAttendanceList;

/// <summary>Stamp a whole attendance list after a session.</summary>
/// <param name="PassbookNumbers">Passbook numbers of those who attended (1 to 500).</param>
public sealed record RecordAttendanceListRequest(IReadOnlyList<string>? PassbookNumbers)
{
    internal BulkAttendanceCommand ToCommand(Guid sessionId, Guid? callerProviderId, string recordedBy) => new(sessionId, PassbookNumbers, callerProviderId, recordedBy);
}
