namespace Manabi.SchoolCommunityCoordination.Domain;

/// <summary>A junior-high school district (中学校区): the unit a coordinator is commissioned to (25-1).</summary>
internal sealed class SchoolDistrict
{
    private SchoolDistrict() { }

    public Guid Id { get; private set; }

    /// <summary>A short code the city uses, e.g. chitose-chu.</summary>
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";
    public bool IsDemo { get; private set; }

    public static SchoolDistrict Register(string code, string name, DateTimeOffset now, bool isDemo = false) =>
        new() { Id = Guid.CreateVersion7(now), Code = code.Trim(), Name = name.Trim(), IsDemo = isDemo };
}
