using Manabi.BuildingBlocks.Contracts;

namespace Manabi.TalentRegistry.Domain;

/// <summary>
/// A learning group (学習グループ) organised after a board course ended. It "keeps learning or
/// acting" in a fiscal year when it reported at least one activity in it (26-3).
/// </summary>
internal sealed class LearningGroup
{
    private LearningGroup() { }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public Guid CourseOpportunityId { get; private set; }
    public DateOnly FormedOn { get; private set; }
    public string RepresentativeName { get; private set; } = "";
    public string? RepresentativeContact { get; private set; }
    public int MemberCount { get; private set; }
    public List<string> Fields { get; private set; } = [];
    public bool IsDemo { get; private set; }
    public List<LearningGroupReport> Reports { get; private set; } = [];

    public static LearningGroup Form(string name, Guid courseOpportunityId, DateOnly formedOn, string representativeName, string? representativeContact,
        int memberCount, IReadOnlyList<string> fields, DateTimeOffset now, bool isDemo = false) => new()
    {
        Id = Guid.CreateVersion7(now), Name = name.Trim(), CourseOpportunityId = courseOpportunityId, FormedOn = formedOn,
        RepresentativeName = representativeName.Trim(), RepresentativeContact = string.IsNullOrWhiteSpace(representativeContact) ? null : representativeContact.Trim(),
        MemberCount = memberCount, Fields = [.. fields.Distinct(StringComparer.Ordinal)], IsDemo = isDemo,
    };

    public LearningGroupReport Report(DateOnly activityOn, int sessions, string summary, DateTimeOffset now)
    {
        var report = new LearningGroupReport(Guid.CreateVersion7(now), Id, FiscalYear.Of(JapanTime.StartOf(activityOn)).StartYear, activityOn, sessions, summary.Trim(), now);
        Reports.Add(report);
        return report;
    }

    public bool KeepsActingIn(int fiscalYear) => Reports.Any(r => r.FiscalYear == fiscalYear);
}

/// <summary>One activity report: what the group did, when, in which fiscal year.</summary>
internal sealed record LearningGroupReport(Guid Id, Guid GroupId, int FiscalYear, DateOnly ActivityOn, int Sessions, string Summary, DateTimeOffset ReportedAt);
