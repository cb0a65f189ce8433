using Manabi.BuildingBlocks.Application;

namespace Manabi.Catalog.Features.Classification;

internal static class VenueErrors
{
    public static ConflictException NameTaken() =>
        new(new Text("同じ名前の会場がすでに登録されています。会場一覧から選んでください。",
            "A venue with this name is already registered: pick it from the list."), "duplicate-name");

    public static NotFoundException NotFound() =>
        new(new Text("指定された会場は見つかりません。", "No such venue."));
}
