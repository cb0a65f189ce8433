using Manabi.BuildingBlocks.Application;

namespace Manabi.Passbook.Features.Stamps;

internal static class StampErrors
{
    public static NotFoundException PassbookNotFound() => new(new Text("この番号の学習手帳はありません。", "No passbook has this number."));

    public static NotFoundException SessionNotFound() => new(new Text("スタンプラリーの開催回が見つかりません。", "No such stamp-rally session."));
}
