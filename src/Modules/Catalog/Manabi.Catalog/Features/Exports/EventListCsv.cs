using System.Globalization;
using System.Text;
using Manabi.BuildingBlocks;
using Manabi.BuildingBlocks.Contracts;
using Manabi.BuildingBlocks.Csv;
using Manabi.Catalog.Contracts;

namespace Manabi.Catalog.Features.Exports;

/// <summary>
/// The municipal open-data standard dataset 「イベント一覧」 (推奨データセット / 自治体標準データセット):
/// its 32 columns, one row per session, UTF-8, RFC 4180 quoting, dates and times in Japan time.
/// Cells are written by <see cref="CsvLines"/>, which keeps partners' text from running as a formula in staff's Excel.
/// </summary>
internal static class EventListCsv
{
    public static readonly string[] Header =
    [
        "都道府県コード又は市区町村コード", "NO", "都道府県名", "市区町村名", "イベント名", "イベント名_カナ", "イベント名_英語",
        "開始日", "終了日", "開始時間", "終了時間", "開始日時特記事項", "説明", "料金(基本)", "料金(詳細)", "連絡先名称",
        "連絡先電話番号", "連絡先内線番号", "主催者", "場所名称", "住所", "方書", "緯度", "経度", "アクセス方法", "駐車場情報",
        "定員", "参加申込終了日", "参加申込終了時間", "参加申込方法", "URL", "備考",
    ];

    public static string Write(IEnumerable<ExportedSession> rows, CityOptions city, string baseUrl)
    {
        var csv = new StringBuilder();
        CsvLines.Append(csv, Header);
        foreach (var (o, s, provider, venue) in rows)
        {
            var start = JapanTime.Of(s.StartsAt);
            var end = JapanTime.Of(s.EndsAt);
            var deadline = JapanTime.Of(o.ApplicationDeadline);
            CsvLines.Append(csv,
            [
                city.LocalGovernmentCode, s.Id.ToString(), city.PrefectureName, city.MunicipalityName,
                o.Title, ToKatakana(o.TitleKana), "",
                Date(start), Date(end), Time(start), Time(end), "",
                o.Description, (o.Fee ?? 0).ToString(CultureInfo.InvariantCulture), o.FeeNote ?? "",
                provider.Name, provider.ContactPhone ?? "", "", provider.Name,
                venue?.Name ?? (s.OnlineUrl is not null ? "オンライン" : ""), venue?.Address ?? s.OnlineUrl ?? "", "",
                Number(venue?.Latitude), Number(venue?.Longitude), "", "",
                (s.Capacity ?? o.Capacity)?.ToString(CultureInfo.InvariantCulture) ?? "",
                deadline is { } d ? Date(d) : "", deadline is { } t ? Time(t) : "", o.HowToApply ?? "",
                $"{city.PortalUrl?.TrimEnd('/') ?? baseUrl + "/api/v1/catalog"}/opportunities/{o.Id}",
                Remarks(o.StampRallyEligible, o.CreditsPerSession, s.Status),
            ]);
        }
        return csv.ToString();
    }

    private static string Remarks(bool stampRally, decimal credits, SessionStatus status)
    {
        var remarks = new List<string>();
        if (status == SessionStatus.Cancelled) remarks.Add("中止");
        if (stampRally) remarks.Add($"ちとせを学ぶスタンプラリー対象（1回{credits.ToString("0.#", CultureInfo.InvariantCulture)}単位）");
        return string.Join("／", remarks);
    }

    private static string Date(DateTimeOffset value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset value) => value.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Number(double? value) => value?.ToString("0.######", CultureInfo.InvariantCulture) ?? "";

    /// <summary>The standard asks for カナ readings in katakana; ours are stored as entered.</summary>
    internal static string ToKatakana(string text) =>
        string.Concat(text.Select(c => c is >= '\u3041' and <= '\u3096' ? (char)(c + 0x60) : c));
}
