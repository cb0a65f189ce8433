using System.Collections.Concurrent;
using Manabi.BuildingBlocks.Application;
using Manabi.Passbook.Domain;

namespace Manabi.Passbook.Features.Stamps;

/// <summary>
/// Wrong check-in codes, counted per learner and per session for each 30-second code period. Past
/// the limit, check-ins are refused with 429 until the next code: a guess is already hopeless (64
/// bits), and this keeps anyone from even trying in bulk. Counted in each replica's memory; behind
/// N replicas the limits are at most N times as loose, which the code length makes harmless.
/// </summary>
internal sealed class CheckInAttempts(TimeProvider clock)
{
    public const int PerLearner = 5;
    /// <summary>Higher than a learner's: many people scan at one venue, and some scan a stale screen.</summary>
    public const int PerSession = 50;

    private static readonly Text Limited = new(
        "コードの誤りが続いたため、しばらくチェックインできません。次のコードが表示されてから読み取ってください。",
        "Too many wrong codes: wait for the next code on the venue's screen, then scan again.");

    private readonly ConcurrentDictionary<(string Who, long Step), int> _failures = new();

    public void ThrowIfLimited(string subject, Guid sessionId)
    {
        var step = CheckInCode.StepOf(clock.GetUtcNow());
        if (_failures.GetValueOrDefault(($"learner:{subject}", step)) >= PerLearner
            || _failures.GetValueOrDefault(($"session:{sessionId}", step)) >= PerSession)
        {
            throw new TooManyRequestsException(Limited, CheckInCode.StartOf(step + 1) - clock.GetUtcNow());
        }
    }

    public void Failed(string subject, Guid sessionId)
    {
        var step = CheckInCode.StepOf(clock.GetUtcNow());
        _failures.AddOrUpdate(($"learner:{subject}", step), 1, (_, n) => n + 1);
        _failures.AddOrUpdate(($"session:{sessionId}", step), 1, (_, n) => n + 1);
        // Counts of past periods are never read again.
        foreach (var old in _failures.Keys.Where(k => k.Step < step))
        {
            _failures.TryRemove(old, out _);
        }
    }
}
