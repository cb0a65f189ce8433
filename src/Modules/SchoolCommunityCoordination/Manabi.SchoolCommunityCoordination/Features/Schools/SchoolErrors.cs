using FluentValidation;
using FluentValidation.Results;
using Manabi.BuildingBlocks.Application;

namespace Manabi.SchoolCommunityCoordination.Features.Schools;

internal static class SchoolErrors
{
    public static NotFoundException SchoolNotFound() => new(new Text("指定された学校は見つかりません。", "No such school."));

    public static ConflictException CodeTaken() =>
        new(new Text("同じコードの中学校区か学校がすでに登録されています。", "A district or school with this code is already registered."), "duplicate-code");

    public static ValidationException UnknownDistrict(string field = "districtId") => new([new ValidationFailure(field, new Text(
        $"{field} に指定された中学校区は登録されていません。", $"{field} names no registered school district.").Current)]);
}
