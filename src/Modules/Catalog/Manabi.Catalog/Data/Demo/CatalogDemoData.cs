using Manabi.BuildingBlocks.Contracts;
using Manabi.BuildingBlocks.Data;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Domain;
using Manabi.Catalog.Features.Opportunities;
using Manabi.Catalog.Features.Providers;
using Manabi.Catalog.Features.Providers.RegisterProvider;
using Manabi.Catalog.Features.Push;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Data.Demo;

/// <summary>
/// A believable demonstration catalog for build/run.sh: providers of every kind (approved), the
/// city's venues, about 200 opportunities spread over the current fiscal year and 30 delivery-lecture
/// topics. Everything is marked as demo data, goes through the same code as real data (so events
/// flow to the other modules), and each part is seeded once.
/// </summary>
internal sealed class CatalogDemoData(CatalogDbContext db, ISender sender, OpportunityUpserter upserter, DbSession session, TimeProvider clock) : IDemoDataSeeder
{
    private const int OpportunityCount = 200;
    private const int TopicCount = 30;

    private static readonly RegisterProviderCommand[] Providers =
    [
        new(ProviderKind.BoardOfEducation, "千歳市教育委員会 生涯学習課", "ちとせしきょういくいいんかい しょうがいがくしゅうか", "Chitose City Board of Education, Lifelong Learning Division", "demo-shogai@example.jp", "0123-00-0001"),
        new(ProviderKind.CityDepartment, "千歳市 市民環境部", "ちとせし しみんかんきょうぶ", "Chitose City, Citizens and Environment Department", "demo-kankyo@example.jp", "0123-00-0002"),
        new(ProviderKind.CitizenGroup, "ちとせ郷土史研究会", "ちとせきょうどしけんきゅうかい", "Chitose Local History Society", "demo-kyodoshi@example.jp", null),
        new(ProviderKind.University, "公立千歳科学技術大学", "こうりつちとせかがくぎじゅつだいがく", "Chitose Institute of Science and Technology", "demo-cist@example.jp", null),
        new(ProviderKind.Business, "千歳まちづくり株式会社", "ちとせまちづくりかぶしきがいしゃ", "Chitose Machizukuri Co., Ltd.", "demo-machi@example.jp", null),
        new(ProviderKind.School, "千歳市立北栄小学校", "ちとせしりつほくえいしょうがっこう", "Hokuei Elementary School", "demo-hokuei@example.jp", null),
        new(ProviderKind.Other, "市民活動交流センター ミナクール", "しみんかつどうこうりゅうせんたー みなくーる", "Citizen Activity Exchange Center Minacool", "demo-minacool@example.jp", null),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!await db.Providers.AnyAsync(p => p.IsDemo, cancellationToken))
        {
            foreach (var provider in Providers)
            {
                var (registered, _) = await sender.Send(provider with { IsDemo = true }, cancellationToken);
                await sender.Send(new ChangeProviderStatusCommand(registered.Id, ProviderStatus.Approved), cancellationToken);
            }
        }
        if (!await db.Venues.AnyAsync(v => v.IsDemo, cancellationToken))
        {
            db.Venues.AddRange(DemoCatalog.Venues.Select(v => Venue.Create(v, clock.GetUtcNow(), isDemo: true)));
            await db.SaveChangesAsync(cancellationToken);
        }
        if (!await db.Opportunities.AnyAsync(o => o.IsDemo, cancellationToken))
        {
            await SeedOpportunitiesAsync(cancellationToken);
        }
        if (!await db.LectureTopics.AnyAsync(t => t.IsDemo, cancellationToken))
        {
            SeedTopics();
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task SeedOpportunitiesAsync(CancellationToken cancellationToken)
    {
        var random = new Random(2019); // deterministic: the same demo catalog on every machine
        var providers = await db.Providers.Where(p => p.IsDemo).OrderBy(p => p.RegisteredAt).ToListAsync(cancellationToken);
        var venues = await db.Venues.AsNoTracking().Where(v => v.IsDemo).Select(v => v.Id).ToListAsync(cancellationToken);
        var year = FiscalYear.Of(clock.GetUtcNow());
        var byProvider = new Dictionary<Guid, List<(string, OpportunityInput)>>();
        for (var i = 0; i < OpportunityCount; i++)
        {
            var theme = DemoCatalog.Themes[i % DemoCatalog.Themes.Length];
            var variant = DemoCatalog.Variants[i / DemoCatalog.Themes.Length % DemoCatalog.Variants.Length];
            var provider = providers[random.Next(providers.Count)];
            var firstDay = year.Start.AddDays(random.Next(0, 350)).AddHours(random.Next(9, 19)); // starts 9:00–18:00 JST
            var sessionCount = theme.Kind == OpportunityKind.Course ? random.Next(3, 7) : 1;
            var venue = venues[random.Next(venues.Count)];
            var sessions = Enumerable.Range(0, sessionCount).Select(n => new SessionInput(
                $"s{n + 1}", firstDay.AddDays(7 * n), firstDay.AddDays(7 * n).AddMinutes(90), venue, null, 30, null, SessionStatus.Scheduled)).ToList();
            var stampRally = random.NextDouble() < 0.6;
            var input = new OpportunityInput(theme.Kind, theme.Title + variant, theme.Kana, $"（デモデータ）{theme.Title}について、初めての方にもわかりやすく学びます。",
                [theme.Field], DemoCatalog.AudiencesOf(theme.Field, theme.Title), random.NextDouble() < 0.5 ? null : 500 * random.Next(1, 5), null, 30,
                "電話またはミナクール窓口で申し込み", null, [new InstructorInput("デモ講師", theme.Instructor, null)],
                stampRally, stampRally ? 1 : null, theme.Kind == OpportunityKind.DeliveryLecture, OpportunityStatus.Published, sessions);
            (byProvider.TryGetValue(provider.Id, out var list) ? list : byProvider[provider.Id] = []).Add(($"demo-{i + 1:000}", input));
        }
        foreach (var provider in providers.Where(p => byProvider.ContainsKey(p.Id)))
        {
            await using var unitOfWork = await session.BeginAsync(cancellationToken);
            await upserter.UpsertAsync(provider, byProvider[provider.Id], null, byStaff: true, isDemo: true, cancellationToken);
            await unitOfWork.CommitAsync(cancellationToken);
        }
    }

    private void SeedTopics()
    {
        for (var i = 0; i < TopicCount; i++)
        {
            var theme = DemoCatalog.Themes[i % DemoCatalog.Themes.Length];
            db.LectureTopics.Add(LectureTopic.Create(new LectureTopicDetails(
                $"出前講座：{theme.Title}", $"（デモデータ）{theme.Title}を、町内会やサークルなど皆さんの集まりにお届けします。", theme.Field,
                [new Instructor("デモ講師", theme.Instructor, null)], 90, 10, 14, i % 3 == 0, true), clock.GetUtcNow(), isDemo: true));
        }
    }
}
