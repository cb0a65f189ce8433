using System.Text;
using Manabi.BuildingBlocks;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Domain;
using Manabi.Catalog.Features.Exports;

namespace Manabi.UnitTests.Catalog;

public sealed class ExportFormatTests
{
    private static readonly CityOptions City = new() { LocalGovernmentCode = "012246", PrefectureName = "北海道", MunicipalityName = "千歳市" };

    [Fact]
    public void Readings_are_written_in_katakana_as_the_standard_asks() =>
        Assert.Equal("チトセ・ノ　レキシ ABC", EventListCsv.ToKatakana("ちとせ・の　れきし ABC"));

    [Fact]
    public void Long_calendar_lines_are_folded_at_75_octets_without_splitting_characters()
    {
        var start = new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);
        var content = new OpportunityContent(OpportunityKind.Lecture, new string('長', 60), "ながい", "説明; コンマ, 改行\n二行目", ["arts.music"], [], null, null, null, null, null, [],
            false, 0, false, OpportunityStatus.Published, [new SessionContent("s1", start, start.AddHours(1), null, "https://example.jp/live", null, null, SessionStatus.Scheduled)]);
        var opportunity = LearningOpportunity.Create(Guid.NewGuid(), "x", content, [1], start);
        var provider = Provider.Register(new ProviderProfile(ProviderKind.CitizenGroup, "団体", "だんたい", null, null, null), start);
        var ics = ICalendarWriter.Write([new ExportedSession(opportunity, opportunity.Sessions[0], provider, null)], City, "https://api.example.jp", start);

        var lines = ics.Split("\r\n");
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        var unfolded = ics.Replace("\r\n ", "");
        Assert.Contains($"SUMMARY:{new string('長', 60)}\r\n", unfolded);
        Assert.Contains(@"DESCRIPTION:説明\; コンマ\, 改行\n二行目", unfolded);
        Assert.Contains("DTSTART:20261201T010000Z", unfolded);
    }
}
