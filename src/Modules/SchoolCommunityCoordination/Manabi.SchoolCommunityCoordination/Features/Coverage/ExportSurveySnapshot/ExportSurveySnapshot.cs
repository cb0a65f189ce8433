using System.Globalization;
using System.Text;
using FluentValidation;
using Manabi.BuildingBlocks.Contracts;
using Manabi.BuildingBlocks.Csv;
using Manabi.SchoolCommunityCoordination.Contracts;
using Manabi.SchoolCommunityCoordination.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.SchoolCommunityCoordination.Features.Coverage.ExportSurveySnapshot;

/// <summary>
/// The figures the national survey (文部科学省 地域学校協働活動 実施状況調査) asks of the board, as of
/// 1 May of a fiscal year, one row per district and a total: schools, small schools, coordinators
/// commissioned that day, schools with activities planned by then, and what was held from 1 April to that day.
/// </summary>
internal sealed record ExportSurveySnapshotQuery(int? FiscalYear, string? Encoding) : IQuery<string>;

internal sealed class ExportSurveySnapshotValidator : AbstractValidator<ExportSurveySnapshotQuery>
{
    public ExportSurveySnapshotValidator()
    {
        RuleFor(q => q.FiscalYear).InclusiveBetween(2000, 2100).WithName("fiscalYear");
        RuleFor(q => q.Encoding).IsCsvEncoding();
    }
}

internal sealed class ExportSurveySnapshotHandler(SchoolCommunityCoordinationDbContext db, TimeProvider clock) : IQueryHandler<ExportSurveySnapshotQuery, string>
{
    public static readonly string[] Header =
    [
        "中学校区", "小学校数（義務教育学校を含む）", "中学校数（義務教育学校を含む）", "うち小規模校", "推進員数（5月1日現在）",
        "地域学校協働活動を計画している学校数", "推進員が企画・実施する放課後・週末の体験活動がある小学校数", "実施回数（4月1日〜5月1日）",
        "ボランティア延べ人数（4月1日〜5月1日）",
    ];

    public async ValueTask<string> Handle(ExportSurveySnapshotQuery q, CancellationToken cancellationToken)
    {
        var year = new FiscalYear(q.FiscalYear ?? FiscalYear.Of(clock.GetUtcNow()).StartYear);
        var asOf = new DateOnly(year.StartYear, 5, 1);
        var plannedBy = new DateTimeOffset(year.StartYear, 5, 2, 0, 0, 0, JapanTime.Offset).ToUniversalTime(); // Npgsql writes timestamptz in UTC only
        var districts = await db.Districts.AsNoTracking().OrderBy(d => d.Code).ToListAsync(cancellationToken);
        var schools = (await db.Schools.AsNoTracking().ToListAsync(cancellationToken))
            .Where(s => s.IsOpenOn(asOf)).ToList();
        var commissions = (await db.Commissions.AsNoTracking().ToListAsync(cancellationToken)).Where(c => c.RunsOn(asOf)).ToList();
        var planned = await db.Activities.AsNoTracking().Where(a => a.CreatedAt < plannedBy)
            .Select(a => new { a.DistrictId, a.SchoolIds, AfterSchool = a.Kind == CollaborationKind.AfterSchoolWeekend && a.CoordinatorRun })
            .ToListAsync(cancellationToken);
        var (first, last) = (year.FirstDay, asOf);
        var held = await db.Sessions.AsNoTracking().Where(s => s.Status == CollaborationSessionStatus.Held && s.Date >= first && s.Date <= last)
            .Join(db.Activities, s => s.ActivityId, a => a.Id, (s, a) => new { a.DistrictId, Volunteers = s.Participations.Count + s.UnregisteredHelpers })
            .ToListAsync(cancellationToken);

        var csv = new StringBuilder();
        CsvLines.Append(csv, Header);
        var total = new int[Header.Length - 1];
        foreach (var district in districts)
        {
            var own = schools.Where(s => s.DistrictId == district.Id).ToList();
            var plans = planned.Where(a => a.DistrictId == district.Id).ToList();
            var sessions = held.Where(h => h.DistrictId == district.Id).ToList();
            int[] row =
            [
                own.Count(s => s.CountsAsElementary),
                own.Count(s => s.Kind is SchoolKind.JuniorHigh or SchoolKind.Compulsory),
                own.Count(s => s.SmallIn(year.StartYear) is not null),
                commissions.Where(c => c.DistrictIds.Contains(district.Id)).Select(c => c.PersonId).Distinct().Count(),
                own.Count(s => plans.Any(a => a.SchoolIds.Contains(s.Id))),
                own.Count(s => s.CountsAsElementary && plans.Any(a => a.AfterSchool && a.SchoolIds.Contains(s.Id))),
                sessions.Count,
                sessions.Sum(h => h.Volunteers),
            ];
            for (var i = 0; i < row.Length; i++) total[i] += row[i];
            CsvLines.Append(csv, [district.Name, .. row.Select(Number)]);
        }
        CsvLines.Append(csv, ["合計", .. total.Select(Number)]);
        return csv.ToString();
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
