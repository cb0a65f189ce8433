using FluentValidation;
using FluentValidation.Results;
using Manabi.BuildingBlocks.Application;

namespace Manabi.SchoolCommunityCoordination.Features.Activities;

internal static class ActivityErrors
{
    /// <summary>Also what a coordinator gets for another district's activity: it does not exist for them.</summary>
    public static NotFoundException NotFound() => new(new Text("指定された活動は見つかりません。", "No such activity."));

    public static NotFoundException SessionNotFound() => new(new Text("指定された活動の回は見つかりません。", "No such session."));

    public static ValidationException SchoolsOutsideDistrict() => new([new ValidationFailure("schoolIds", new Text(
        "schoolIds には、この中学校区の学校を指定してください。", "schoolIds must be schools of this district.").Current)]);

    public static ValidationException UnknownVolunteers(IEnumerable<Guid> ids) => new([new ValidationFailure("registeredPersonIds", new Text(
        $"人材バンクに登録のない方が含まれています：{string.Join("、", ids)}", $"Not registered in TalentRegistry: {string.Join(", ", ids)}").Current)]);
}
