using System.Globalization;
using System.Text;
using Manabi.BuildingBlocks;
using Manabi.Catalog.Contracts;

namespace Manabi.Catalog.Features.Exports;

/// <summary>
/// RFC 5545 calendar of sessions: a stable UID per session, SEQUENCE that rises with every change
/// to the session or its opportunity, STATUS:CANCELLED for cancelled sessions. Times in UTC, so
/// no VTIMEZONE is needed; lines folded at 75 octets without splitting a UTF-8 character.
/// </summary>
internal static class ICalendarWriter
{
    public static string Write(IEnumerable<ExportedSession> rows, CityOptions city, string baseUrl, DateTimeOffset now)
    {
        var ics = new StringBuilder();
        Line(ics, "BEGIN:VCALENDAR");
        Line(ics, "VERSION:2.0");
        Line(ics, "PRODID:-//Manabi//Lifelong learning catalog//JA");
        Line(ics, "CALSCALE:GREGORIAN");
        Line(ics, "METHOD:PUBLISH");
        Line(ics, $"X-WR-CALNAME:{Escape($"{city.MunicipalityName} 学習機会")}");
        foreach (var (o, s, provider, venue) in rows)
        {
            Line(ics, "BEGIN:VEVENT");
            Line(ics, $"UID:{s.Id}@manabi-{city.LocalGovernmentCode}");
            Line(ics, $"DTSTAMP:{Utc(now)}");
            Line(ics, $"LAST-MODIFIED:{Utc(o.ModifiedAt)}");
            Line(ics, $"SEQUENCE:{o.Revision + s.Sequence}");
            Line(ics, $"DTSTART:{Utc(s.StartsAt)}");
            Line(ics, $"DTEND:{Utc(s.EndsAt)}");
            Line(ics, $"SUMMARY:{Escape(o.Title)}");
            Line(ics, $"DESCRIPTION:{Escape($"{o.Description}\n\n{provider.Name}")}");
            if (venue is not null)
            {
                Line(ics, $"LOCATION:{Escape($"{venue.Name} {venue.Address}")}");
                if (venue.Latitude is { } lat && venue.Longitude is { } lng)
                {
                    Line(ics, FormattableString.Invariant($"GEO:{lat:0.######};{lng:0.######}"));
                }
            }
            else if (s.OnlineUrl is not null)
            {
                Line(ics, $"LOCATION:{Escape(s.OnlineUrl)}");
            }
            Line(ics, $"URL:{baseUrl}/api/v1/catalog/opportunities/{o.Id}");
            Line(ics, $"STATUS:{(s.Status == SessionStatus.Cancelled ? "CANCELLED" : "CONFIRMED")}");
            Line(ics, "END:VEVENT");
        }
        Line(ics, "END:VCALENDAR");
        return ics.ToString();
    }

    private static string Utc(DateTimeOffset value) => value.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    // RFC 5545 §3.3.11: backslash, semicolon and comma escaped; every line break (CRLF, a lone CR or
    // LF) becomes \n; other control characters but tab are not allowed in TEXT and are dropped. A raw line
    // break would let a title end the event and start another.
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\' or ';' or ',':
                    escaped.Append('\\').Append(c);
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break; // the \n that follows writes the break
                case '\r' or '\n':
                    escaped.Append("\\n");
                    break;
                default:
                    if (!char.IsControl(c) || c == '\t')
                    {
                        escaped.Append(c);
                    }
                    break;
            }
        }
        return escaped.ToString();
    }

    // Content lines longer than 75 octets continue on lines starting with a space (RFC 5545 §3.1).
    private static void Line(StringBuilder ics, string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                ics.Append("\r\n ");
                octets = 0;
                limit = 74; // the leading space counts
            }
            ics.Append(rune.ToString());
            octets += size;
        }
        ics.Append("\r\n");
    }
}
