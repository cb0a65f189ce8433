using Manabi.BuildingBlocks.Application;

namespace Manabi.TalentRegistry.Features.Activities;

internal static class ActivityErrors
{
    public static NotFoundException NotFound() => new(new Text("指定された活動記録は見つかりません。", "No such activity record."));

    public static BusinessRuleException PersonNotActive() =>
        new(new Text("登録中の方の活動だけ記録できます。", "Only an active person's activity can be recorded."), "person-not-active");
}
