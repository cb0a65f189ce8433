namespace Manabi.Indicators.Domain;

/// <summary>A commendation awarded to a learner (indicator 24-3); withdrawn ones stop counting.</summary>
internal sealed class CommendationRecord
{
    private CommendationRecord() { }

    public Guid CommendationId { get; private set; }
    public Guid LearnerId { get; private set; }
    public int FiscalYear { get; private set; }
    public DateOnly AwardedOn { get; private set; }
    public bool Withdrawn { get; private set; }

    public static CommendationRecord Award(Guid commendationId, Guid learnerId, DateOnly awardedOn) =>
        new() { CommendationId = commendationId, LearnerId = learnerId, AwardedOn = awardedOn, FiscalYear = FiscalYearOf(awardedOn) };

    public void AwardAgain(DateOnly awardedOn)
    {
        AwardedOn = awardedOn;
        FiscalYear = FiscalYearOf(awardedOn);
        Withdrawn = false;
    }

    public void Withdraw() => Withdrawn = true;

    private static int FiscalYearOf(DateOnly day) => BuildingBlocks.Contracts.FiscalYear.OfDate(day).StartYear;
}
