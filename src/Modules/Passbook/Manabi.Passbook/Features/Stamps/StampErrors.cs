using Manabi.BuildingBlocks.Application;

namespace Manabi.Passbook.Features.Stamps;

internal static class StampErrors
{
    public static NotFoundException PassbookNotFound() => new(new Text("この番号の学習手帳はありません。", "No passbook has this number."));

    public static BusinessRuleException NotStarted() => new(new Text("この回はまだ始まっていません。スタンプは開始15分前から押せます。",
        "This session has not started yet: stamps open 15 minutes before its start."), "session-not-started");

    public static NotFoundException SessionNotFound() => new(new Text("スタンプラリーの開催回が見つかりません。", "No such stamp-rally session."));
}
