using Manabi.BuildingBlocks.Application;

namespace Manabi.Catalog.Features.Opportunities;

internal static class OpportunityErrors
{
    public static NotFoundException NotFound() =>
        new(new Text("指定された学習機会は見つかりません。", "No such learning opportunity."));
}
