using Manabi.Passbook.Contracts;

namespace Manabi.Passbook.Features.Learners;

/// <summary>A learner's certified learning history (学習歴).</summary>
/// <param name="LearnerId">Learner.</param>
/// <param name="TotalCredits">Credits of all stamps that count (voided ones do not).</param>
/// <param name="Stamps">Every stamp, newest session first.</param>
/// <param name="ByField">Credits and stamps per field.</param>
/// <param name="ByFiscalYear">Credits and stamps per fiscal year (April–March).</param>
public sealed record LearningHistory(Guid LearnerId, decimal TotalCredits, IReadOnlyList<HistoryStamp> Stamps,
    IReadOnlyList<HistoryTotal> ByField, IReadOnlyList<HistoryTotal> ByFiscalYear);

/// <summary>One stamp in the history.</summary>
public sealed record HistoryStamp(Guid StampId, Guid OpportunityId, string? ProgrammeTitle, Guid ProviderId, string? ProviderName,
    Guid SessionId, DateTimeOffset SessionStartsAt, decimal Credits, StampMethod Method, DateTimeOffset RecordedAt, bool Voided, string? VoidReason);

/// <summary>A total: the field code or fiscal year, and what counts in it.</summary>
public sealed record HistoryTotal(string Key, decimal Credits, int Stamps);
