using System.Collections.Concurrent;

namespace Manabi.SchoolCommunityCoordination.Features.Coverage;

/// <summary>
/// The last coverage report of each fiscal year, with the <see cref="Data.CoverageVersion"/> it was
/// computed at: the board's staff read it far more often than coordinators record, and while the
/// number stands the report cannot have changed.
/// </summary>
internal sealed class CoverageReports
{
    private readonly ConcurrentDictionary<int, (long Version, CoverageResponse Report)> _kept = new();

    public CoverageResponse? Kept(int fiscalYear, long version) =>
        _kept.TryGetValue(fiscalYear, out var kept) && kept.Version == version ? kept.Report : null;

    public void Keep(int fiscalYear, long version, CoverageResponse report) => _kept[fiscalYear] = (version, report);
}
