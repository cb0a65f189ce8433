using Mediator;

namespace Manabi.Catalog.Contracts;

/// <summary>Courses the board ran or brokered whose last session ended before <paramref name="Before"/>, latest first: those learning groups form after.</summary>
public sealed record ListEndedBoardCoursesQuery(DateTimeOffset Before, int Limit) : IQuery<IReadOnlyList<BoardCourse>>;
