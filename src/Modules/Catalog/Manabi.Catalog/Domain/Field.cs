namespace Manabi.Catalog.Domain;

/// <summary>
/// A field of learning in the two-level taxonomy (e.g. <c>local-culture</c> ›
/// <c>local-culture.chitose-gaku</c>). Codes are stable: partners and feeds refer to them.
/// </summary>
internal sealed class Field
{
    private Field() { }

    public Field(string code, string? parentCode, string nameJa, string nameEn, int sortOrder)
    {
        Code = code;
        ParentCode = parentCode;
        NameJa = nameJa;
        NameEn = nameEn;
        SortOrder = sortOrder;
    }

    public string Code { get; private set; } = "";
    public string? ParentCode { get; private set; }
    public string NameJa { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public int SortOrder { get; private set; }
}
