using Manabi.TalentRegistry.Domain;

namespace Manabi.TalentRegistry.Features.Groups;

/// <summary>A learning group and its activity reports.</summary>
/// <param name="Id">The group.</param>
/// <param name="Name">Name.</param>
/// <param name="CourseOpportunityId">The board course it formed after (a Catalog opportunity).</param>
/// <param name="FormedOn">When it formed.</param>
/// <param name="RepresentativeName">Its representative.</param>
/// <param name="RepresentativeContact">How to reach the representative (staff only).</param>
/// <param name="MemberCount">Members.</param>
/// <param name="Fields">Field codes.</param>
/// <param name="ActiveFiscalYears">Fiscal years in which it reported activity (26-3 counts a group in each).</param>
/// <param name="Reports">Its activity reports, newest first.</param>
public sealed record LearningGroupResponse(
    Guid Id, string Name, Guid CourseOpportunityId, DateOnly FormedOn, string RepresentativeName, string? RepresentativeContact, int MemberCount,
    IReadOnlyList<string> Fields, IReadOnlyList<int> ActiveFiscalYears, IReadOnlyList<GroupReportResponse> Reports)
{
    internal static LearningGroupResponse From(LearningGroup g) => new(
        g.Id, g.Name, g.CourseOpportunityId, g.FormedOn, g.RepresentativeName, g.RepresentativeContact, g.MemberCount, g.Fields,
        [.. g.Reports.Select(r => r.FiscalYear).Distinct().Order()],
        [.. g.Reports.OrderByDescending(r => r.ActivityOn).Select(r => new GroupReportResponse(r.Id, r.FiscalYear, r.ActivityOn, r.Sessions, r.Summary))]);
}

/// <summary>One activity report.</summary>
/// <param name="Id">The report.</param>
/// <param name="FiscalYear">The fiscal year of the activity (2026 = 2026年度).</param>
/// <param name="ActivityOn">When the activity (or the last of them) took place.</param>
/// <param name="Sessions">How many meetings or activities it covers.</param>
/// <param name="Summary">What the group did.</param>
public sealed record GroupReportResponse(Guid Id, int FiscalYear, DateOnly ActivityOn, int Sessions, string Summary);
