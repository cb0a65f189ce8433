using Manabi.Catalog.Contracts;
using Manabi.Catalog.Domain;

namespace Manabi.UnitTests.Catalog;

public sealed class LearningOpportunityTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 0, 0, 0, TimeSpan.Zero);

    private static OpportunityContent Content(string title = "千歳の歴史", int sessions = 2) => new(
        OpportunityKind.Course, title, "ちとせのれきし", "説明", ["local-culture.history"], [Audience.Adults], null, null, 30, null, null,
        [new Instructor("講師", InstructorKind.Citizen, null)], true, 1, false, OpportunityStatus.Published,
        [.. Enumerable.Range(0, sessions).Select(i => new SessionContent($"s{i}", Now.AddDays(7 * i), Now.AddDays(7 * i).AddHours(2), null, null, 30, null, SessionStatus.Scheduled))]);

    [Fact]
    public void The_same_content_again_changes_nothing()
    {
        var opportunity = LearningOpportunity.Create(Guid.NewGuid(), "c1", Content(), [1, 2, 3], Now);
        Assert.False(opportunity.Apply(Content(), [1, 2, 3], Now.AddHours(1)));
        Assert.Equal(Now, opportunity.ModifiedAt);
        Assert.True(opportunity.Apply(Content("改題"), [4, 5, 6], Now.AddHours(2)));
        Assert.Equal(2, opportunity.Revision);
    }

    [Fact]
    public void Sessions_keep_identity_and_dropped_ones_are_cancelled_with_a_new_sequence()
    {
        var opportunity = LearningOpportunity.Create(Guid.NewGuid(), "c1", Content(sessions: 2), [1], Now);
        var dropped = opportunity.Sessions[1];
        var kept = opportunity.Sessions[0];
        opportunity.Apply(Content(sessions: 1), [2], Now);
        Assert.Same(kept, opportunity.Sessions[0]);
        Assert.Equal(SessionStatus.Cancelled, dropped.Status);
        Assert.Equal(1, dropped.Sequence);
        Assert.Equal(0, kept.Sequence);
    }

    [Fact]
    public void A_held_session_stays_held_whatever_is_pushed()
    {
        var opportunity = LearningOpportunity.Create(Guid.NewGuid(), "c1", Content(), [1], Now);
        opportunity.Sessions[0].ReportHeld(12, Now);
        opportunity.Apply(Content("別題"), [2], Now);
        Assert.Equal(SessionStatus.Held, opportunity.Sessions[0].Status);
        Assert.Equal(12, opportunity.Sessions[0].Participants);
    }

    [Fact]
    public void Times_are_stored_as_UTC_instants()
    {
        var japan = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(9));
        var content = Content() with { Sessions = [new SessionContent("s", japan, japan.AddHours(2), null, null, null, null, SessionStatus.Scheduled)], ApplicationDeadline = japan };
        var opportunity = LearningOpportunity.Create(Guid.NewGuid(), "c1", content, [1], Now);
        Assert.Equal(TimeSpan.Zero, opportunity.Sessions[0].StartsAt.Offset);
        Assert.Equal(japan, opportunity.Sessions[0].StartsAt);
        Assert.Equal(TimeSpan.Zero, opportunity.ApplicationDeadline!.Value.Offset);
    }

    [Fact]
    public void Withdrawing_twice_is_harmless_and_a_push_restores()
    {
        var opportunity = LearningOpportunity.Create(Guid.NewGuid(), "c1", Content(), [1], Now);
        Assert.True(opportunity.Withdraw(Now));
        Assert.False(opportunity.Withdraw(Now));
        Assert.True(opportunity.Apply(Content(), [1], Now)); // same content, but it was withdrawn
        Assert.Equal(OpportunityStatus.Published, opportunity.Status);
    }
}
