namespace Manabi.BuildingBlocks.Messaging;

/// <summary>
/// Wakes the dispatchers of this process when a transaction with outbox rows commits, so events
/// flow within milliseconds; polling remains the safety net (and what other replicas rely on).
/// </summary>
public sealed class OutboxSignal
{
    private TaskCompletionSource _next = NewSource();

    public void Notify() => Interlocked.Exchange(ref _next, NewSource()).TrySetResult();

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await Volatile.Read(ref _next).Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            // Poll interval elapsed: look for due messages anyway.
        }
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
