using Manabi.BuildingBlocks.Messaging;

namespace Manabi.UnitTests.BuildingBlocks;

public sealed class OutboxOptionsTests
{
    [Fact]
    public void Retry_delay_doubles_per_failure_and_is_capped()
    {
        var options = new OutboxOptions { RetryBaseDelay = TimeSpan.FromSeconds(2), RetryMaxDelay = TimeSpan.FromMinutes(1) };
        Assert.Equal(TimeSpan.FromSeconds(2), options.RetryDelay(1));
        Assert.Equal(TimeSpan.FromSeconds(4), options.RetryDelay(2));
        Assert.Equal(TimeSpan.FromSeconds(32), options.RetryDelay(5));
        Assert.Equal(TimeSpan.FromMinutes(1), options.RetryDelay(6));
        Assert.Equal(TimeSpan.FromMinutes(1), options.RetryDelay(1000));
    }
}
