using Mediator;

namespace Manabi.Catalog.Contracts;

/// <summary>A learning opportunity as a course the board ran or brokered, for groups formed after it; null when there is no such opportunity.</summary>
public sealed record GetBoardCourseQuery(Guid OpportunityId) : IQuery<BoardCourse?>;

/// <summary>What other modules need of a course: whether the board ran or brokered it, and when its last session ends.</summary>
public sealed record BoardCourse(Guid OpportunityId, string Title, bool BoardRun, bool BoardBrokered, DateTimeOffset? LastSessionEndsAt);
