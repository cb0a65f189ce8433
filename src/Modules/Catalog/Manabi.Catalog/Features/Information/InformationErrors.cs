using Manabi.BuildingBlocks.Application;

namespace Manabi.Catalog.Features.Information;

internal static class InformationErrors
{
    public static NotFoundException NotFound() => new(new Text("指定された号は見つかりません。", "No such information issue."));
}
