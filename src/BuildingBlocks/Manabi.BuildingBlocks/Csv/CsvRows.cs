using System.Text;

namespace Manabi.BuildingBlocks.Csv;

/// <summary>
/// Reads RFC 4180 CSV: fields in double quotes may hold commas, line breaks and doubled quotes;
/// lines end in CRLF or LF; blank lines are skipped. Each row comes with its line number in the
/// file (the one a spreadsheet shows), so a per-row answer points where staff can look.
/// </summary>
public static class CsvRows
{
    public static IEnumerable<(int Line, IReadOnlyList<string> Fields)> Read(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var rowLine = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    if (c == '\n') line++;
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\n' or '\r':
                    fields.Add(field.ToString());
                    field.Clear();
                    if (fields.Count > 1 || fields[0].Length > 0) yield return (rowLine, fields);
                    fields = [];
                    line++;
                    rowLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }
        fields.Add(field.ToString());
        if (fields.Count > 1 || fields[0].Length > 0) yield return (rowLine, fields);
    }
}
