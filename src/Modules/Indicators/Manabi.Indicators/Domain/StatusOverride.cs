using Manabi.Indicators.Contracts;

namespace Manabi.Indicators.Domain;

/// <summary>
/// Staff's own judgement of a measure's progress in a fiscal year, where the formula misleads (a
/// survey changed its questions, a count was disrupted). Kept beside the computed status, never in
/// its place, with who and why.
/// </summary>
internal sealed class StatusOverride
{
    private StatusOverride() { }

    public string PlanCode { get; private set; } = "";
    public string MeasureCode { get; private set; } = "";
    public int FiscalYear { get; private set; }
    public ProgressStatus Status { get; private set; }
    public string Reason { get; private set; } = "";
    public string DecidedBy { get; private set; } = "";
    public DateTimeOffset DecidedAt { get; private set; }

    public static StatusOverride For(string planCode, string measureCode, int fiscalYear) =>
        new() { PlanCode = planCode, MeasureCode = measureCode, FiscalYear = fiscalYear };

    public void Decide(ProgressStatus status, string reason, string by, DateTimeOffset now) =>
        (Status, Reason, DecidedBy, DecidedAt) = (status, reason.Trim(), by, now);
}
