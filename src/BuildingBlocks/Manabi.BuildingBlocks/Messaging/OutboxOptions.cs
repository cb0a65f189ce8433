namespace Manabi.BuildingBlocks.Messaging;

/// <summary>Configuration section <c>Outbox</c>.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>How often each module's dispatcher looks for due messages when not woken.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long a claim lasts unless renewed; the dispatcher renews it every third of this while its
    /// consumers run. A replica that dies mid-batch releases nothing: its messages are claimed again
    /// after this (consumers' inboxes make the second delivery harmless).
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Messages claimed per round trip.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>
    /// Batches of one module's outbox delivered at once by one process, as that many replicas would
    /// (consumers already take events out of order: each keeps the source's latest word by its time).
    /// </summary>
    public int Workers { get; set; } = 2;

    /// <summary>How long an event may wait for delivery before readiness reports the outbox as stalled (Degraded).</summary>
    public TimeSpan StalledAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Failed deliveries before a message is parked for a person to look at.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>First retry delay; doubles with every further failure.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Upper bound of the retry delay.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long delivered outbox rows and inbox marks are kept.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Exponential backoff after the given number of failed attempts.</summary>
    public TimeSpan RetryDelay(int failedAttempts)
    {
        var factor = Math.Pow(2, Math.Clamp(failedAttempts - 1, 0, 30));
        var delay = TimeSpan.FromMilliseconds(RetryBaseDelay.TotalMilliseconds * factor);
        return delay < RetryMaxDelay ? delay : RetryMaxDelay;
    }
}
