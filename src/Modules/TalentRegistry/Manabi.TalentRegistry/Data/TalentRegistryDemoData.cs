using Manabi.BuildingBlocks.Contracts;
using Manabi.BuildingBlocks.Data;
using Manabi.Catalog.Contracts;
using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Domain;
using Manabi.TalentRegistry.Features.Activities;
using Manabi.TalentRegistry.Features.Leaders;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Data;

/// <summary>
/// Demonstration register for build/run.sh, all marked as demo (names start with デモ): 420
/// people across roles, fields and areas (a few applying, suspended or retired, some lapsing in
/// the next weeks), a year of activity records — some reported twice by two routes, counted once
/// — learning groups after the demo board courses with their reports, two leader-training cohorts
/// with certified leaders, and 100 consultations.
/// Seeded once, after Catalog's demo data.
/// </summary>
internal sealed class TalentRegistryDemoData(TalentRegistryDbContext db, ActivityRecorder recorder, ISender sender, DbSession session, TimeProvider clock)
    : IDemoDataSeeder
{
    private const int PeopleCount = 420;
    private static readonly string[] FamilyNames = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田"];
    private static readonly string[] GivenNames = ["花子", "太郎", "陽子", "誠", "恵子", "修", "由美", "隆", "京子", "浩", "明美", "進"];
    private static readonly string[] Areas = ["中央", "北部", "東部", "西部", "南部", "向陽台", "支笏湖"];
    private static readonly string[] Events = ["公民館まつり", "子ども自然教室", "図書館おはなし会", "市民文化祭", "史跡めぐり", "高齢者ふれあい教室", "防災講座"];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.People.AnyAsync(p => p.IsDemo, cancellationToken))
        {
            return;
        }
        var now = clock.GetUtcNow();
        var today = JapanTime.DateOf(now);
        var random = new Random(2019);
        var fields = (await sender.Send(new GetFieldCodesQuery(), cancellationToken)).Where(f => f.ParentCode is not null).Select(f => f.Code).ToArray();
        await using var unitOfWork = await session.BeginAsync(cancellationToken);

        var people = new List<Person>();
        for (var i = 0; i < PeopleCount; i++)
        {
            TalentRole[] roles = (i % 10) switch
            {
                < 4 => [TalentRole.Instructor],
                < 8 => [TalentRole.Volunteer],
                8 => [TalentRole.ChildrenSupporter, TalentRole.Volunteer],
                _ => [TalentRole.Instructor, TalentRole.Volunteer],
            };
            var slots = Enumerable.Range(0, 21).Where(_ => random.Next(4) == 0).ToList();
            var profile = new PersonProfile($"デモ {FamilyNames[i % 12]} {GivenNames[i / 12 % 12]}", "でも", 1945 + random.Next(0, 60), null,
                Areas[random.Next(Areas.Length)], null, roles, [fields[random.Next(fields.Length)], fields[random.Next(fields.Length)]],
                "デモデータ", null, slots, [], random.Next(3) == 0, "デモデータの人材です。");
            var person = Person.Register(profile, new Consent("demo", Publication: random.Next(4) != 0), null, now, isDemo: true);
            // Most active; a few still applying, suspended or retired; 15 lapsing within the next 60 days.
            var termEnds = i < 15 ? today.AddDays(5 + i * 3) : new DateOnly(FiscalYear.Of(now).StartYear + 2, 3, 31);
            if (i % 50 != 49) person.Activate(termEnds);
            if (i % 70 == 3) person.Suspend("デモ: 一時休止");
            if (i % 90 == 7) person.Retire("デモ: 転居");
            if (roles.Any(Person.NeedsInsurance)) person.Insure(FiscalYear.Of(now).StartYear);
            people.Add(person);
            db.People.Add(person);
            db.Publish(new PersonRegisteredIntegrationEvent(person.Id, person.Roles, now));
            if (person.Status != PersonStatus.Applied)
            {
                db.Publish(new PersonStatusChangedIntegrationEvent(person.Id, person.Status, person.Roles, person.TermEndsOn, now));
            }
        }
        await db.SaveChangesAsync(cancellationToken);

        // A year of activity: about 1,700 person-times, and 100 of them reported a second time by another route.
        var active = people.Where(p => p.Status == PersonStatus.Active).ToList();
        var occurrences = Enumerable.Range(0, 240)
            .Select(k => (Date: today.AddDays(-random.Next(1, 365)), Event: Events[k % Events.Length], Kind: k % 3 == 0 ? ActivityKind.SocialEducationProgramme : ActivityKind.Other))
            .ToList();
        var recorded = new List<(Guid PersonId, ActivityOccurrence Occurrence)>();
        foreach (var occurrence in occurrences)
        {
            foreach (var person in active.OrderBy(_ => random.Next()).Take(random.Next(3, 12)))
            {
                var role = person.Roles.Contains(TalentRole.Instructor) && random.Next(3) == 0 ? ActivityRole.Instructor : ActivityRole.Volunteer;
                var key = ActivityOccurrence.OtherKey(occurrence.Kind, occurrence.Date, occurrence.Event);
                var activity = new ActivityOccurrence(key, role, occurrence.Kind, occurrence.Date, 2 + random.Next(0, 3), $"{occurrence.Event}（デモ）");
                await recorder.RecordAsync(person.Id, activity, ActivitySource.Staff, "demo", cancellationToken, isDemo: true);
                recorded.Add((person.Id, activity));
            }
        }
        foreach (var (personId, activity) in recorded.Take(100))
        {
            await recorder.RecordAsync(personId, activity, ActivitySource.SelfReport, "demo", cancellationToken, isDemo: true); // counted once
        }

        foreach (var (course, k) in (await sender.Send(new ListEndedBoardCoursesQuery(now, 6), cancellationToken)).Select((c, k) => (c, k)))
        {
            var formed = JapanTime.DateOf(course.LastSessionEndsAt!.Value).AddDays(7);
            var group = LearningGroup.Form($"デモ {course.Title}の会", course.OpportunityId, formed, $"デモ 代表{k + 1}", null, 8 + k * 3, [], now, isDemo: true);
            if (k % 3 != 2) group.Report(formed.AddDays(30) <= today ? formed.AddDays(30) : today, 4, "月に一度集まり、講座の続きを学んでいます。（デモ）", now);
            db.LearningGroups.Add(group);
            db.Publish(new LearningGroupFormedIntegrationEvent(group.Id, group.CourseOpportunityId, group.FormedOn));
            foreach (var report in group.Reports)
            {
                db.Publish(new LearningGroupActivityReportedIntegrationEvent(group.Id, report.Id, report.FiscalYear, report.ActivityOn));
            }
        }

        await SeedLeaderCohortsAsync(active, today, now, random, cancellationToken);

        for (var k = 0; k < 100; k++)
        {
            var consultation = Consultation.Record(now.AddDays(-random.Next(1, 365)).AddHours(-random.Next(0, 8)), (ConsultationChannel)(k % 4),
                (ConsultationTopic)(k % 6), k % 5 == 0 ? active[k].Id : null, k % 9 == 0 ? ConsultationOutcome.FollowUpNeeded : (ConsultationOutcome)(k % 4),
                "デモの相談記録", "demo", now, isDemo: true);
            db.Consultations.Add(consultation);
            db.Publish(new ConsultationRecordedIntegrationEvent(consultation.Id, consultation.HeldAt, consultation.Channel, consultation.Topic, consultation.Outcome));
        }
        await db.SaveChangesAsync(cancellationToken);
        await unitOfWork.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Last year's and this year's leader trainings, 12 trainees each; those who met the rule are
    /// certified. Demo certifications carry no credential: their people have no login to hold one.
    /// </summary>
    private async Task SeedLeaderCohortsAsync(List<Person> active, DateOnly today, DateTimeOffset now, Random random, CancellationToken cancellationToken)
    {
        var thisYear = FiscalYear.Of(now).StartYear;
        foreach (var (year, cohort) in new[] { (thisYear - 1, 0), (thisYear, 1) })
        {
            // Last year's ran from June; this year's ended two weeks ago.
            var first = year < thisYear ? new DateOnly(year, 6, 1) : today.AddDays(-84);
            var sessions = Enumerable.Range(0, 6).Select(k => new TrainingSession(0, first.AddDays(14 * k), $"第{k + 1}回 地域づくりの実践（デモ）"));
            var training = LeaderTraining.Define($"デモ ひと・まちづくりリーダー養成講座（{year}年度）", year, "デモ 社会教育委員会", sessions, 5, true, now, isDemo: true);
            db.LeaderTrainings.Add(training);
            var held = training.Sessions.Where(s => s.Date <= today).Select(s => s.Number).ToList();
            foreach (var (person, k) in active.Skip(200 + cohort * 12).Take(12).Select((p, k) => (p, k)))
            {
                var trainee = training.Enrol(person.Id, now);
                trainee.Attended(k < 8 ? held : held.Take(3));
                if (k < 8) trainee.ReportPracticalActivity(first.AddDays(60 + random.Next(0, 20)), "地域の行事を企画し、運営しました。（デモ）");
                if (!training.GapOf(trainee).IsMet) continue;
                var certifiedOn = year < thisYear ? new DateOnly(year + 1, 2, 20) : today;
                var (number, statusIndex) = await CertificateNumbers.NextAsync(db, year, cancellationToken);
                var certification = LeaderCertification.Certify(Guid.CreateVersion7(now), number, person.Id, training.Id, certifiedOn, null, statusIndex, now, isDemo: true);
                db.LeaderCertifications.Add(certification);
                person.BecomeLeader();
                db.Publish(new LeaderCertifiedIntegrationEvent(certification.Id, person.Id, training.Id, certifiedOn));
                db.Publish(new PersonStatusChangedIntegrationEvent(person.Id, person.Status, person.Roles, person.TermEndsOn, now));
            }
        }
    }
}
