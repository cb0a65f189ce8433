namespace Manabi.BuildingBlocks.Data;

/// <summary>A LIKE/ILIKE pattern that matches the text anywhere, with the text's own % _ and \ taken literally (PostgreSQL's default escape is \).</summary>
public static class LikePattern
{
    public static string Containing(string text) => $"%{text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
}
