using Manabi.BuildingBlocks.Application;

namespace Manabi.Catalog.Features.DeliveryLectures;

internal static class LectureErrors
{
    public static NotFoundException TopicNotFound() => new(new Text("指定された講座メニューは見つかりません。", "No such lecture topic."));

    public static NotFoundException RequestNotFound() => new(new Text("指定された申込は見つかりません。", "No such lecture request."));
}
