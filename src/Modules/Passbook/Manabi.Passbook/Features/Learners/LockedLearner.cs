namespace Manabi.Passbook.Features.Learners;

/// <summary>
/// A learner whose row the current transaction holds locked. Every change to a learner's stamps
/// takes this first, so a duplicate arriving by another path waits and then finds the stamp, and
/// credits are totalled with every earlier stamp in view (no missed or double commendation).
/// Only <see cref="LearnerLock"/> makes one, so the type itself proves the lock is held.
/// </summary>
internal readonly record struct LockedLearner(Guid Id);
