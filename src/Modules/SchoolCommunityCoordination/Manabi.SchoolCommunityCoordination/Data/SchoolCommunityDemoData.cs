using Manabi.BuildingBlocks.Contracts;
using Manabi.BuildingBlocks.Data;
using Manabi.SchoolCommunityCoordination.Contracts;
using Manabi.SchoolCommunityCoordination.Domain;
using Manabi.SchoolCommunityCoordination.Features.Activities;
using Manabi.SchoolCommunityCoordination.Features.Schools;
using Manabi.TalentRegistry.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.SchoolCommunityCoordination.Data;

/// <summary>
/// Demonstration districts for build/run.sh, all marked as demo (names start with デモ): 10
/// junior-high districts with 30 schools (some small this year, one district small-school-only),
/// coordinators for all but one ordinary district (left uncovered on purpose), and a year of
/// activities with sessions and volunteers (TalentRegistry's demo children supporters). Seeded once,
/// after TalentRegistry's demo data.
/// </summary>
internal sealed class SchoolCommunityDemoData(SchoolCommunityCoordinationDbContext db, ISender sender, DbSession session, TimeProvider clock) : IDemoDataSeeder
{
    private static readonly string[] Districts = ["千歳", "青葉", "富丘", "北斗", "勇舞", "向陽台", "北栄", "駒里", "東", "支笏湖"];
    private static readonly (CollaborationKind Kind, string Title, bool CoordinatorRun)[] Plans =
    [
        (CollaborationKind.AfterSchoolWeekend, "土曜ふれあい体験教室", true),
        (CollaborationKind.SchoolSupport, "読み聞かせと学習支援", true),
        (CollaborationKind.CommunityEventLink, "地域の夏まつりとの連携", false),
        (CollaborationKind.FamilyEducationSupport, "家庭教育学級", false),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Districts.AnyAsync(d => d.IsDemo, cancellationToken))
        {
            return;
        }
        var now = clock.GetUtcNow();
        var today = JapanTime.DateOf(now);
        var year = FiscalYear.Of(now).StartYear;
        var random = new Random(2019);
        var supporters = await sender.Send(new ListActivePeopleWithRoleQuery(TalentRole.ChildrenSupporter, 40), cancellationToken);
        await using var unitOfWork = await session.BeginAsync(cancellationToken);

        for (var d = 0; d < Districts.Length; d++)
        {
            var district = SchoolDistrict.Register($"demo-{d + 1:00}", $"デモ {Districts[d]}中学校区", now, isDemo: true);
            db.Districts.Add(district);
            db.Publish(new SchoolDistrictRegisteredIntegrationEvent(district.Id));
            var lake = d == Districts.Length - 1;
            var schools = lake
                ? [School.Register($"demo-{d + 1:00}-g", $"デモ {Districts[d]}義務教育学校", SchoolKind.Compulsory, district.Id, null, null, now, isDemo: true)]
                : new[]
                {
                    School.Register($"demo-{d + 1:00}-e1", $"デモ {Districts[d]}小学校", SchoolKind.Elementary, district.Id, null, null, now, isDemo: true),
                    School.Register($"demo-{d + 1:00}-e2", $"デモ {Districts[d]}第二小学校", SchoolKind.Elementary, district.Id, null, null, now, isDemo: true),
                    School.Register($"demo-{d + 1:00}-j", $"デモ {Districts[d]}中学校", SchoolKind.JuniorHigh, district.Id, null, null, now, isDemo: true),
                };
            // The lake district's only school is small; three more elementary schools are small this year.
            if (lake || d % 3 == 1) schools[lake ? 0 : 1].FlagSmall(year, "学級数が標準の12学級未満");
            foreach (var school in schools)
            {
                db.Schools.Add(school);
                db.Publish(SchoolChanges.Of(school));
            }
            // One ordinary district has no coordinator yet: the coverage shows where to act.
            if (d == 4 || lake || supporters.Count <= d)
            {
                continue;
            }
            var commission = Commission.Commit(supporters[d], [district.Id], new FiscalYear(year - 1).FirstDay, new FiscalYear(year).LastDay, now, isDemo: true);
            db.Commissions.Add(commission);
            db.Publish(new CoordinatorCommissionedIntegrationEvent(commission.Id, commission.PersonId, commission.DistrictIds, commission.From, commission.Until));
            foreach (var (kind, title, coordinatorRun) in Plans)
            {
                var elementary = schools.Where(s => s.CountsAsElementary).Select(s => s.Id);
                var activity = CollaborativeActivity.Plan(district.Id, kind == CollaborationKind.AfterSchoolWeekend ? elementary : schools.Select(s => s.Id),
                    kind, $"デモ {title}", coordinatorRun, "demo", now, isDemo: true);
                db.Activities.Add(activity);
                // About fourteen sessions a year each, on Saturdays and weekdays over the last twelve months.
                for (var k = 0; k < 14; k++)
                {
                    var date = today.AddDays(-random.Next(1, 365));
                    var volunteers = supporters.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToList();
                    var status = random.Next(12) == 0 ? CollaborationSessionStatus.Cancelled : CollaborationSessionStatus.Held;
                    var added = activity.NewSession(new SessionDetails(date, new TimeOnly(9, 30), new TimeOnly(11, 30), $"デモ {Districts[d]}小学校",
                        status, 10 + random.Next(0, 30), volunteers, random.Next(0, 4)), now);
                    db.Sessions.Add(added);
                    db.PublishRecorded(activity, added);
                }
            }
        }
        DateOnly Held(int days) => new FiscalYear(year).FirstDay.AddDays(days) is var day && day < today ? day : today;
        db.Meetings.Add(CoordinationMeeting.Hold(MeetingKind.CoordinatorTraining, "デモ 地域学校協働活動推進員研修会", Held(40), 8, 0, now, isDemo: true));
        db.Meetings.Add(CoordinationMeeting.Hold(MeetingKind.ExchangeMeeting, "デモ 学校支援ボランティア情報交換会", Held(150), 7, 35, now, isDemo: true));
        await db.SaveChangesAsync(cancellationToken);
        await unitOfWork.CommitAsync(cancellationToken);
    }
}
