using System.Text;

namespace Manabi.BuildingBlocks.Csv;

/// <summary>
/// Writes RFC 4180 rows for staff's spreadsheets. A cell that a spreadsheet would read as a formula
/// (starting with = + - @, a tab or a CR) gets a leading apostrophe (OWASP's CSV-injection rule):
/// text that others typed reaches staff's Excel.
/// </summary>
public static class CsvLines
{
    public static void Append(StringBuilder csv, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) csv.Append(',');
            var field = fields[i];
            if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            {
                field = "'" + field;
            }
            if (field.IndexOfAny([',', '"', '\r', '\n']) >= 0 || field != field.Trim())
            {
                csv.Append('"').Append(field.Replace("\"", "\"\"")).Append('"');
            }
            else
            {
                csv.Append(field);
            }
        }
        csv.Append("\r\n");
    }
}
