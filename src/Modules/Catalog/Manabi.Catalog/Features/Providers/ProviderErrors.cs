using Manabi.BuildingBlocks.Application;

namespace Manabi.Catalog.Features.Providers;

internal static class ProviderErrors
{
    public static ConflictException NameTaken() =>
        new(new Text("同じ名前の提供機関がすでに登録されています。一覧で確かめてください。", "A provider with this name is already registered."), "duplicate-name");

    public static NotFoundException NotFound() =>
        new(new Text("指定された提供機関は見つかりません。", "No such provider."));
}
