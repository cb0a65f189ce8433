namespace Manabi.Catalog.Features.Search.SearchIndex;

/// <summary>
/// The two-level field taxonomy: a top-level field matches its sub-fields too. Read when the index is
/// built; the taxonomy only changes through migrations, which come with a restart.
/// </summary>
internal sealed class FieldTree(IReadOnlyDictionary<string, string?> parents)
{
    /// <summary>The codes a field filter accepts: the field, and its sub-fields if it has any.</summary>
    public string[] Expand(string field)
    {
        var codes = parents.Where(p => p.Key == field || p.Value == field).Select(p => p.Key).ToArray();
        return codes.Length > 0 ? codes : [field];
    }

    /// <summary>The filters a document with this field answers to: its own code and its parent's.</summary>
    public IEnumerable<string> Filters(string code) =>
        parents.GetValueOrDefault(code) is { } parent ? [code, parent] : [code];
}
