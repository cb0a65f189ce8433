using Manabi.BuildingBlocks.Application;

namespace Manabi.Catalog.Features.Providers;

internal static class ProviderErrors
{
    public static NotFoundException NotFound() =>
        new(new Text("指定された提供機関は見つかりません。", "No such provider."));
}
