using FluentValidation;
using FluentValidation.Results;
using Manabi.BuildingBlocks.Application;

namespace Manabi.SchoolCommunityCoordination.Features.Coordinators;

internal static class CoordinatorErrors
{
    public static NotFoundException CommissionNotFound() => new(new Text("指定された委嘱は見つかりません。", "No such commission."));

    public static ValidationException NotEligible() => new([new ValidationFailure("personId", new Text(
        "推進員に委嘱できるのは、人材バンクに登録が有効で、子ども支援（ChildrenSupporter）かひと・まちづくりリーダー（CommunityLeader）の役割がある方です。",
        "personId must be an active TalentRegistry person with the ChildrenSupporter or CommunityLeader role.").Current)]);

    public static BusinessRuleException CannotEnd() => new(new Text(
        "委嘱は開始日より前や、予定の終了日より後には終えられません。", "A commission ends between its first day and its planned last day."), "invalid-end");
}
