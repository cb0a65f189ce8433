using FluentValidation;
using FluentValidation.Results;
using Manabi.BuildingBlocks.Application;

namespace Manabi.TalentRegistry.Features.Groups;

internal static class GroupErrors
{
    public static NotFoundException NotFound() => new(new Text("指定された学習グループは見つかりません。", "No such learning group."));

    public static ConflictException NameTaken() =>
        new(new Text("同じ名前の学習グループがすでに登録されています。", "A learning group with this name is already registered."), "duplicate-name");

    public static ValidationException NotABoardCourse() => new([new ValidationFailure("courseOpportunityId", new Text(
        "courseOpportunityId は、教育委員会が主催または仲介した講座（Catalog の学習機会）を指定してください。",
        "courseOpportunityId must be a course the board ran or brokered (a Catalog opportunity).").Current)]);

    public static BusinessRuleException CourseNotEnded() => new(new Text(
        "講座の最終回が終わる前に、講座修了後の学習グループとしては登録できません。結成日を確かめてください。",
        "A group formed after a course cannot predate the course's last session: check formedOn."), "course-not-ended");
}
