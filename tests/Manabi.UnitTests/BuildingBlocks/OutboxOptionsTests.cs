using Manabi.BuildingBlocks.Messaging;

namespace Manabi.UnitTests.BuildingBlocks;

public sealed class OutboxOptionsTests
{
    [Fact]
    public void By_default_a_dead_replicas_events_flow_again_within_30_seconds()
    {
        var defaults = new OutboxOptions();

        // Its claim lapses after one lease; the next poll of any replica then takes the events.
        Assert.True(defaults.ClaimLease + defaults.PollInterval <= TimeSpan.FromSeconds(30));
        // Renewed every third of the lease, a live replica's claim never lapses between renewals.
        Assert.True(defaults.ClaimLease / 3 >= TimeSpan.FromSeconds(1));
    }
}
