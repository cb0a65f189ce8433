using Manabi.Catalog.Contracts;

namespace Manabi.Catalog.Features.DeliveryLectures;

/// <summary>A request's status as the board's staff and the group call it, for messages they read.</summary>
internal static class LectureStatusNames
{
    public static string Japanese(LectureRequestStatus status) => status switch
    {
        LectureRequestStatus.Requested => "申込受付",
        LectureRequestStatus.Arranging => "日程調整中",
        LectureRequestStatus.Scheduled => "日程決定",
        LectureRequestStatus.Delivered => "実施済み",
        LectureRequestStatus.Declined => "お断り",
        LectureRequestStatus.Cancelled => "取消し",
        _ => status.ToString(),
    };
}
