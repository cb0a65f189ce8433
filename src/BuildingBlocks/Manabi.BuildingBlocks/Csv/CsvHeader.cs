using FluentValidation;
using FluentValidation.Results;
using Manabi.BuildingBlocks.Application;

namespace Manabi.BuildingBlocks.Csv;

/// <summary>The header row of an uploaded spreadsheet: column positions by name, in any order.</summary>
public static class CsvHeader
{
    /// <summary>Column positions by name; an unknown column or a missing required one refuses the whole file, saying which.</summary>
    public static Dictionary<string, int> Read(IReadOnlyList<string> names, IReadOnlyList<string> columns, IReadOnlyList<string> required)
    {
        var header = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i].Trim();
            if (!columns.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                throw FileProblem(new Text($"見出し行の「{name}」は使えない列名です。使える列: {string.Join(", ", columns)}",
                    $"Unknown column '{name}' in the header row. Columns: {string.Join(", ", columns)}"));
            }
            header[name] = i;
        }
        var missing = required.Where(r => !header.ContainsKey(r)).ToList();
        if (missing.Count > 0)
        {
            throw FileProblem(new Text($"見出し行に {string.Join(", ", missing)} の列がありません。1行目に列名を書いてください。",
                $"The header row lacks {string.Join(", ", missing)}: put the column names in the first row."));
        }
        return header;
    }

    /// <summary>Refuses the file before any row (more rows than allowed).</summary>
    public static void RequireAtMost(int rows, int maxRows)
    {
        if (rows > maxRows)
        {
            throw FileProblem(new Text($"1回に送れるのは{maxRows:N0}行までです（いまは{rows:N0}行です）。ファイルを分けてください。",
                $"Up to {maxRows:N0} rows per file (this one has {rows:N0}): split it."));
        }
    }

    private static ValidationException FileProblem(Text text) => new([new ValidationFailure("file", text.Current)]);
}
