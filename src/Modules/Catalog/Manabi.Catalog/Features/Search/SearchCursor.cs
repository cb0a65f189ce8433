using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Manabi.Catalog.Features.Search;

/// <summary>
/// Keyset cursor: the sort key and id of the last item of a page, opaque to clients. Keyset paging
/// neither skips nor repeats results when the catalog changes between pages.
/// </summary>
internal readonly record struct SearchCursor(Guid Id, DateTimeOffset? NextStart, int Rank)
{
    public static string Format(bool byRelevance, Guid id, DateTimeOffset? nextStart, int rank)
    {
        var key = byRelevance ? $"r|{rank}" : $"d|{nextStart?.UtcTicks.ToString(CultureInfo.InvariantCulture) ?? "-"}";
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{key}|{id}"));
    }

    public static bool TryParse(string cursor, bool byRelevance, out SearchCursor parsed)
    {
        parsed = default;
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('|');
            if (parts.Length != 3 || !Guid.TryParse(parts[2], out var id) || parts[0] != (byRelevance ? "r" : "d"))
            {
                return false;
            }
            if (byRelevance)
            {
                if (!int.TryParse(parts[1], CultureInfo.InvariantCulture, out var rank)) return false;
                parsed = new SearchCursor(id, null, rank);
                return true;
            }
            DateTimeOffset? start = parts[1] == "-" ? null
                : long.TryParse(parts[1], CultureInfo.InvariantCulture, out var ticks) ? new DateTimeOffset(ticks, TimeSpan.Zero) : throw new FormatException();
            parsed = new SearchCursor(id, start, 0);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
