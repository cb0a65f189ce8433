using FluentValidation;
using Manabi.BuildingBlocks.Contracts;
using Manabi.SchoolCommunityCoordination.Contracts;
using Manabi.SchoolCommunityCoordination.Data;
using Manabi.SchoolCommunityCoordination.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Manabi.SchoolCommunityCoordination.Features.Coverage.GetCoverage;

/// <summary>25-1, 25-2 and 25-3 for a fiscal year, computed from what coordinators recorded, with the lists behind them.</summary>
internal sealed record GetCoverageQuery(int? FiscalYear) : IQuery<CoverageResponse>;

internal sealed class GetCoverageValidator : AbstractValidator<GetCoverageQuery>
{
    public GetCoverageValidator() => RuleFor(q => q.FiscalYear).InclusiveBetween(2000, 2100).WithName("fiscalYear");
}

internal sealed class GetCoverageHandler(
    SchoolCommunityCoordinationDbContext db, CoverageReports reports, IOptions<CoverageOptions> options, TimeProvider clock)
    : IQueryHandler<GetCoverageQuery, CoverageResponse>
{
    public async ValueTask<CoverageResponse> Handle(GetCoverageQuery q, CancellationToken cancellationToken)
    {
        var year = q.FiscalYear ?? FiscalYear.Of(clock.GetUtcNow()).StartYear;
        var version = await CoverageVersion.ReadAsync(db, cancellationToken);
        if (reports.Kept(year, version) is { } kept)
        {
            return kept;
        }
        var districts = await db.Districts.AsNoTracking().OrderBy(d => d.Code).ToListAsync(cancellationToken);
        var schools = (await db.Schools.AsNoTracking().OrderBy(s => s.Code).ToListAsync(cancellationToken)).Where(s => s.IsOpenIn(year)).ToList();
        var commissioned = (await db.Commissions.AsNoTracking().ToListAsync(cancellationToken))
            .Where(c => c.RunsDuring(year)).SelectMany(c => c.DistrictIds).ToHashSet();
        // A row per activity that held sessions this year, kept by the sessions' own transactions.
        var held = await db.ActivityYears.AsNoTracking().Where(y => y.FiscalYear == year && y.HeldSessions > 0)
            .Join(db.Activities, y => y.ActivityId, a => a.Id, (y, a) => new { a.DistrictId, a.SchoolIds, a.Kind, a.CoordinatorRun, Year = y })
            .ToListAsync(cancellationToken);
        var activeDistricts = held.Select(h => h.DistrictId).ToHashSet();
        var coordinatorRunSchools = held.Where(h => h.Kind == CollaborationKind.AfterSchoolWeekend && h.CoordinatorRun).SelectMany(h => h.SchoolIds).ToHashSet();
        var registered = held.Sum(h => h.Year.RegisteredParticipations);
        var unregistered = held.Sum(h => h.Year.UnregisteredHelpers);

        var report = new CoverageResponse(year,
            DistrictShare(districts, schools, year, commissioned, activeDistricts, options.Value.SmallDistrictRule),
            SchoolShare(schools, year, coordinatorRunSchools),
            new(held.Sum(h => h.Year.HeldSessions), registered, unregistered, registered + unregistered));
        reports.Keep(year, version, report);
        return report;
    }

    private static CoverageShare DistrictShare(List<SchoolDistrict> districts, List<School> schools, int year, HashSet<Guid> commissioned,
        HashSet<Guid> active, SmallDistrictRule rule)
    {
        var covered = new List<CoverageItem>();
        var notCovered = new List<CoverageItem>();
        var excluded = new List<CoverageItem>();
        foreach (var district in districts)
        {
            var own = schools.Where(s => s.DistrictId == district.Id).ToList();
            var smallOnly = rule == SmallDistrictRule.AllSchoolsSmall
                ? own.All(s => s.SmallIn(year) is not null)
                : own.Where(s => s.Kind is SchoolKind.JuniorHigh or SchoolKind.Compulsory).Any(s => s.SmallIn(year) is not null);
            if (own.Count == 0) excluded.Add(new(district.Id, district.Name, "この年度に開校している学校がない"));
            else if (smallOnly) excluded.Add(new(district.Id, district.Name, "小規模校のみの中学校区"));
            else if (!commissioned.Contains(district.Id)) notCovered.Add(new(district.Id, district.Name, "推進員が委嘱されていない"));
            else if (!active.Contains(district.Id)) notCovered.Add(new(district.Id, district.Name, "実施済みの活動がまだない"));
            else covered.Add(new(district.Id, district.Name, null));
        }
        return Share(covered, notCovered, excluded);
    }

    private static CoverageShare SchoolShare(List<School> schools, int year, HashSet<Guid> coordinatorRun)
    {
        var covered = new List<CoverageItem>();
        var notCovered = new List<CoverageItem>();
        var excluded = new List<CoverageItem>();
        foreach (var school in schools.Where(s => s.CountsAsElementary))
        {
            if (school.SmallIn(year) is { } small) excluded.Add(new(school.Id, school.Name, $"小規模校（{small.Reason}）"));
            else if (!coordinatorRun.Contains(school.Id)) notCovered.Add(new(school.Id, school.Name, "推進員が企画・実施した放課後・週末の体験活動がまだない"));
            else covered.Add(new(school.Id, school.Name, null));
        }
        return Share(covered, notCovered, excluded);
    }

    private static CoverageShare Share(List<CoverageItem> covered, List<CoverageItem> notCovered, List<CoverageItem> excluded)
    {
        var eligible = covered.Count + notCovered.Count;
        return new(covered.Count, eligible, eligible == 0 ? null : Math.Round((decimal)covered.Count / eligible, 4), covered, notCovered, excluded);
    }
}
