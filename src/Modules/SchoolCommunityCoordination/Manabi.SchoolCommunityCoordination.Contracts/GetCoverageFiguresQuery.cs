using Mediator;

namespace Manabi.SchoolCommunityCoordination.Contracts;

/// <summary>
/// 25-1 and 25-2 for a fiscal year as this module computes them (its rules on small schools, closed
/// schools and commissions), for Indicators to keep beside the plan's other measures.
/// </summary>
public sealed record GetCoverageFiguresQuery(int FiscalYear) : IQuery<CoverageFigures>;

/// <summary>The eligible districts and elementary schools of a year, each covered or not; excluded ones are not listed.</summary>
public sealed record CoverageFigures(int FiscalYear, IReadOnlyList<CoverageUnit> Districts, IReadOnlyList<CoverageUnit> ElementarySchools);

/// <summary>One eligible district or school.</summary>
public sealed record CoverageUnit(Guid Id, bool Covered);
