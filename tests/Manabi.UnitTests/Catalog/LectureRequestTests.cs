using Manabi.Catalog.Contracts;
using Manabi.Catalog.Domain;

namespace Manabi.UnitTests.Catalog;

public sealed class LectureRequestTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private static readonly LectureRequestTransition Nothing = new(null, null, null, null, null, null);

    private static LectureRequest Request() => LectureRequest.Submit(Guid.NewGuid(),
        new LectureRequestDetails("町内会", "担当", null, "0123-00-0000", [DateOnly.FromDateTime(Now.UtcDateTime)], 12, null), [1], Now);

    [Fact]
    public void The_brokered_path_needs_each_step_and_its_facts()
    {
        var request = Request();
        Assert.False(request.MoveTo(LectureRequestStatus.Scheduled, Nothing, Now)); // not before arranging, and not without a date
        Assert.True(request.MoveTo(LectureRequestStatus.Arranging, Nothing, Now));
        Assert.False(request.MoveTo(LectureRequestStatus.Scheduled, Nothing, Now));
        Assert.True(request.MoveTo(LectureRequestStatus.Scheduled, Nothing with { ScheduledAt = Now.AddDays(20) }, Now));
        Assert.False(request.MoveTo(LectureRequestStatus.Delivered, Nothing with { DeliveredOn = DateOnly.MinValue }, Now)); // participants missing
        Assert.True(request.MoveTo(LectureRequestStatus.Delivered, Nothing with { DeliveredOn = DateOnly.MinValue, Participants = 9 }, Now));
        Assert.True(request.IsFinal);
        Assert.False(request.MoveTo(LectureRequestStatus.Cancelled, Nothing with { Reason = "遅すぎる" }, Now));
    }

    [Fact]
    public void Declining_or_cancelling_needs_a_reason()
    {
        var request = Request();
        Assert.False(request.MoveTo(LectureRequestStatus.Declined, Nothing with { Reason = " " }, Now));
        Assert.True(request.MoveTo(LectureRequestStatus.Declined, Nothing with { Reason = "講師の都合" }, Now));
        Assert.Equal("講師の都合", request.Reason);
    }
}
