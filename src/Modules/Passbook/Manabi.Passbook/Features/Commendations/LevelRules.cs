using FluentValidation;
using Manabi.BuildingBlocks.Application;

namespace Manabi.Passbook.Features.Commendations;

/// <summary>What defining and editing a level both send.</summary>
internal interface ILevelFields
{
    string? Name { get; }

    decimal? Credits { get; }
}

/// <summary>The rules for a level's fields, and its errors, for the use cases that write one.</summary>
internal static class LevelRules
{
    public static void Apply<T>(AbstractValidator<T> validator) where T : ILevelFields
    {
        validator.RuleFor(c => c.Name).NotEmpty().MaximumLength(100).Named("名称", "name");
        validator.RuleFor(c => c.Credits).NotNull().InclusiveBetween(0.5m, 10_000m).Named("単位数", "credits");
    }

    public static ConflictException NameTaken() =>
        new(new Text("同じ名前の認定段階がすでにあります。", "A certification level with this name already exists."), "duplicate-name");

    public static NotFoundException NotFound() => new(new Text("この認定段階はありません。", "No such certification level."));
}
