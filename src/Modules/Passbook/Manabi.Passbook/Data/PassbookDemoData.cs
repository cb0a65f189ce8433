using Manabi.BuildingBlocks.Data;
using Manabi.Passbook.Contracts;
using Manabi.Passbook.Domain;
using Manabi.Passbook.Features.Learners;
using Manabi.Passbook.Features.Stamps;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Passbook.Data;

/// <summary>
/// Demonstration learners for build/run.sh: 200 citizens registered at the counter (names marked
/// デモ), certification levels, and stamps on past sessions of the demo stamp-rally programmes — so
/// some learners are past a level. Stamps go through the same recorder as real ones. Seeded once.
/// </summary>
internal sealed class PassbookDemoData(PassbookDbContext db, StampRecorder recorder, DbSession session, TimeProvider clock) : IDemoDataSeeder
{
    private const int LearnerCount = 200;
    private static readonly string[] FamilyNames = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤"];
    private static readonly string[] GivenNames = ["花子", "太郎", "陽菜", "蓮", "結衣", "大翔", "美咲", "健太", "さくら", "翔"];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Learners.AnyAsync(l => l.ConsentVersion == "demo", cancellationToken))
        {
            return;
        }
        var now = clock.GetUtcNow();
        if (!await db.Levels.AnyAsync(cancellationToken))
        {
            db.Levels.AddRange(CertificationLevel.Define("はじめの一歩", 3, now), CertificationLevel.Define("銅の手帳", 6, now), CertificationLevel.Define("銀の手帳", 10, now));
            await db.SaveChangesAsync(cancellationToken);
        }
        var pastSessions = await db.ProgrammeSessions.AsNoTracking()
            .Where(s => s.StartsAt < now && !s.Cancelled && db.Programmes.Any(p => p.OpportunityId == s.OpportunityId && p.Published && p.StampRallyEligible))
            .OrderBy(s => s.StartsAt).Select(s => s.SessionId).ToListAsync(cancellationToken);
        var random = new Random(2019);
        for (var i = 0; i < LearnerCount; i++)
        {
            await using var unitOfWork = await session.BeginAsync(cancellationToken);
            var name = $"デモ {FamilyNames[i % 10]} {GivenNames[i / 10 % 10]}";
            var learner = Learner.Register(new LearnerDetails(name, "でも", 1940 + random.Next(0, 70), null, null), new Consent("stamp-rally", "demo"), null, PassbookNumber.New(), now);
            db.Learners.Add(learner);
            db.Publish(new LearnerRegisteredIntegrationEvent(learner.Id, now)); // counted by Indicators like any registration
            await db.SaveChangesAsync(cancellationToken);
            var locked = await LearnerLock.ByIdAsync(db, learner.Id, cancellationToken) ?? throw new InvalidOperationException("Just registered.");
            foreach (var sessionId in pastSessions.OrderBy(_ => random.Next()).Take(random.Next(0, Math.Min(14, pastSessions.Count + 1))))
            {
                await recorder.RecordAsync(locked, sessionId, null, StampMethod.Attendance, "demo", cancellationToken);
            }
            await unitOfWork.CommitAsync(cancellationToken);
        }
    }
}
