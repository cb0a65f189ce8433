using Manabi.SchoolCommunityCoordination.Contracts;
using Manabi.SchoolCommunityCoordination.Features.Coverage.GetCoverage;
using Mediator;

namespace Manabi.SchoolCommunityCoordination.Features.Coverage.GetCoverageFigures;

/// <summary>The same report staff read, so Indicators and the coverage page never disagree.</summary>
internal sealed class GetCoverageFiguresHandler(ISender sender) : IQueryHandler<GetCoverageFiguresQuery, CoverageFigures>
{
    public async ValueTask<CoverageFigures> Handle(GetCoverageFiguresQuery query, CancellationToken cancellationToken)
    {
        var report = await sender.Send(new GetCoverageQuery(query.FiscalYear), cancellationToken);
        return new(report.FiscalYear, Units(report.Districts), Units(report.ElementarySchools));
    }

    private static List<CoverageUnit> Units(CoverageShare share) =>
        [.. share.Covered.Select(i => new CoverageUnit(i.Id, true)), .. share.NotCovered.Select(i => new CoverageUnit(i.Id, false))];
}
