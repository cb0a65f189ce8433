using System.Net;
using System.Text;
using Ical.Net;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.Catalog;

public sealed class ExportTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string StandardHeader =
        "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,イベント名,イベント名_カナ,イベント名_英語,開始日,終了日,開始時間,終了時間," +
        "開始日時特記事項,説明,料金(基本),料金(詳細),連絡先名称,連絡先電話番号,連絡先内線番号,主催者,場所名称,住所,方書,緯度,経度," +
        "アクセス方法,駐車場情報,定員,参加申込終了日,参加申込終了時間,参加申込方法,URL,備考";

    [Fact]
    public async Task The_event_list_CSV_has_exactly_the_standard_header_and_a_row_per_session()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        var venue = await CatalogData.VenueAsync(partner);
        var start = new DateTimeOffset(DateTimeOffset.UtcNow.AddDays(10).Date, TimeSpan.Zero).AddHours(1); // 10:00 in Japan
        await partner.PushAsync(providerId, "c1", CatalogData.Opportunity(description: "説明, カンマと\"引用符\"入り", venueId: venue, fee: 500, start: start));
        await partner.PushAsync(providerId, "music", CatalogData.Opportunity(title: "合唱", kana: "がっしょう", field: "arts.music", venueId: venue));

        var response = await Api.CreateClient().GetAsync("/api/v1/catalog/exports/events.csv?field=local-culture");
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType!.CharSet);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]); // the byte-order mark Japanese Excel needs to read UTF-8
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(StandardHeader, lines[0]);
        Assert.Equal(32, lines[0].Split(',').Length);
        Assert.Equal(3, lines.Length); // header + the two sessions of the history course
        var first = ParseCsvLine(lines[1]);
        Assert.Equal(32, first.Count);
        Assert.Equal(["012246", "北海道", "千歳市", "千歳の歴史を学ぶ", "チトセノレキシヲマナブ"], new[] { first[0], first[2], first[3], first[4], first[5] });
        Assert.Equal(start.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd"), first[7]);
        Assert.Equal("10:00", first[9]);
        Assert.Equal("12:00", first[10]);
        Assert.Equal("説明, カンマと\"引用符\"入り", first[12]);
        Assert.Equal("500", first[13]);
        Assert.Equal("千歳市民文化センター", first[19]);
        Assert.Contains("スタンプラリー対象", first[31]);
    }

    [Fact]
    public async Task The_event_list_CSV_comes_in_Shift_JIS_for_older_spreadsheets_with_a_geta_for_what_CP932_lacks()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        await partner.PushAsync(providerId, "c1", CatalogData.Opportunity(title: "髙橋先生と𠮷田さんの郷土史①　葛\U000E0100飾"));

        var response = await Api.CreateClient().GetAsync("/api/v1/catalog/exports/events.csv?encoding=shift_jis");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Shift_JIS", response.Content.Headers.ContentType!.CharSet);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var cp932 = Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback); // throws on any byte that is not CP932
        var lines = cp932.GetString(await response.Content.ReadAsByteArrayAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(StandardHeader, lines[0]);
        Assert.Equal("髙橋先生と〓田さんの郷土史①　葛飾", ParseCsvLine(lines[1])[4]); // 髙 and ① are in CP932, 𠮷 is not; a variation selector drops

        var unknown = await Api.CreateClient().GetAsync("/api/v1/catalog/exports/events.csv?encoding=latin1");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("encoding", (await unknown.JsonAsync())["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task The_calendar_parses_with_a_standard_parser_and_tracks_changes()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        var venue = await CatalogData.VenueAsync(partner);
        var longTitle = "千歳の歴史を学ぶ　" + new string('長', 40); // forces line folding inside multi-byte text
        await partner.PushAsync(providerId, "c1", CatalogData.Opportunity(title: longTitle, venueId: venue, sessions: 2));

        var before = Calendar.Load(await Api.CreateClient().GetStringAsync("/api/v1/catalog/calendar.ics"))!;
        Assert.Equal(2, before.Events.Count);
        var firstEvent = before.Events.OrderBy(e => e.DtStart!.AsUtc).First();
        Assert.Equal(longTitle, firstEvent.Summary);
        Assert.Contains("千歳市民文化センター", firstEvent.Location);

        // The provider drops the second session and retitles the course.
        await partner.PushAsync(providerId, "c1", CatalogData.Opportunity(title: "千歳の歴史を学ぶ（改）", venueId: venue, sessions: 1));
        var after = Calendar.Load(await Api.CreateClient().GetStringAsync("/api/v1/catalog/calendar.ics"))!;

        Assert.Equal(before.Events.Select(e => e.Uid).Order(), after.Events.Select(e => e.Uid).Order()); // stable UIDs
        foreach (var changed in after.Events)
        {
            var old = before.Events.Single(e => e.Uid == changed.Uid);
            Assert.True(changed.Sequence > old.Sequence);
        }
        var cancelled = after.Events.Single(e => e.Status == "CANCELLED");
        Assert.Equal(before.Events.OrderBy(e => e.DtStart!.AsUtc).Last().Uid, cancelled.Uid);
    }

    [Fact]
    public async Task A_partners_formula_reaches_the_CSV_as_text_not_as_a_live_formula()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        await partner.PushAsync(providerId, "f1", CatalogData.Opportunity(title: "=HYPERLINK(\"https://evil.example\",\"詳細\")",
            description: "@SUM(1+1)", sessions: 1));

        var lines = (await Api.CreateClient().GetStringAsync("/api/v1/catalog/exports/events.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var row = ParseCsvLine(lines[1]);

        Assert.Equal("'=HYPERLINK(\"https://evil.example\",\"詳細\")", row[4]);
        Assert.Equal("'@SUM(1+1)", row[12]);
        Assert.All(row, cell => Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@', cell));
    }

    [Fact]
    public async Task A_line_break_in_a_title_cannot_end_its_calendar_event_and_start_another()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        var title = "講座\rEND:VEVENT\rBEGIN:VEVENT\rSUMMARY:偽の予定\nURL:https://evil.example";
        await partner.PushAsync(providerId, "i1", CatalogData.Opportunity(title: title, description: "一行目\r二行目\r\n三行目", sessions: 1));

        var text = await Api.CreateClient().GetStringAsync("/api/v1/catalog/calendar.ics");
        var calendar = Calendar.Load(text)!;

        var only = Assert.Single(calendar.Events);
        Assert.Equal(title.Replace('\r', '\n'), only.Summary);
        Assert.Equal("一行目\n二行目\n三行目", only.Description!.Split("\n\n")[0]);
        Assert.DoesNotContain("\rEND", text);
        Assert.All(text.Split("\r\n"), line => Assert.DoesNotContain('\r', line));
    }

    [Fact]
    public async Task Exports_reject_bad_filters_like_search_does()
    {
        var response = await Api.CreateClient().GetAsync("/api/v1/catalog/calendar.ics?sort=nonsense");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync())["errors"]!.AsObject().ContainsKey("sort"));
    }

    // RFC 4180: quoted fields may contain commas and doubled quotes.
    private static List<string> ParseCsvLine(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }
}
