namespace Manabi.SchoolCommunityCoordination.Features.Schools.RegisterDistrict;

/// <summary>A junior-high school district.</summary>
/// <param name="Code">The city's code for it (lower-case letters, digits, hyphens), e.g. chitose-chu.</param>
/// <param name="Name">e.g. 千歳中学校区.</param>
public sealed record RegisterDistrictRequest(string? Code, string? Name)
{
    internal RegisterDistrictCommand ToCommand() => new(Code, Name);
}
