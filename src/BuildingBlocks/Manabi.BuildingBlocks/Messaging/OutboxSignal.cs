namespace Manabi.BuildingBlocks.Messaging;

/// <summary>
/// Wakes the dispatchers of this process when a transaction with outbox rows commits, so events
/// flow within milliseconds; polling remains the safety net (and what other replicas rely on).
/// </summary>
public sealed class OutboxSignal
{
    private TaskCompletionSource _next = NewSource();

    public void Notify() => Interlocked.Exchange(ref _next, NewSource()).TrySetResult();

    /// <summary>
    /// Returns when notified or after the timeout (the poll interval: the idle loop's every turn,
    /// so it ends without an exception, which would count in the exceptions metric each time).
    /// </summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        await Task.WhenAny(Volatile.Read(ref _next).Task, Task.Delay(timeout, cancellationToken));
        cancellationToken.ThrowIfCancellationRequested();
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
