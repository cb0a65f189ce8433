using Manabi.BuildingBlocks.Data;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Features.Providers.RegisterProvider;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Data;

/// <summary>
/// Demonstration providers of every kind, registered through the same command staff use (so the
/// integration events flow to the other modules too). Marked as demo data; seeded once.
/// </summary>
internal sealed class CatalogDemoData(CatalogDbContext db, ISender sender) : IDemoDataSeeder
{
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
        if (await db.Providers.AnyAsync(p => p.IsDemo, cancellationToken))
        {
            return;
        }
        foreach (var provider in Providers)
        {
            await sender.Send(provider with { IsDemo = true }, cancellationToken);
        }
    }
}
