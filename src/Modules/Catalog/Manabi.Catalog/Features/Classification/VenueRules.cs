using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Catalog.Domain;

namespace Manabi.Catalog.Features.Classification;

/// <summary>What registering and editing a venue both send.</summary>
internal interface IVenueFields
{
    string? Name { get; }
    string? NameKana { get; }
    string? Address { get; }
    string? Area { get; }
    double? Latitude { get; }
    double? Longitude { get; }
    string? AccessibilityNotes { get; }
}

/// <summary>The rules a venue's fields meet, for registering and editing alike.</summary>
internal static class VenueRules
{
    public static void Apply<T>(AbstractValidator<T> validator) where T : IVenueFields
    {
        validator.RuleFor(v => v.Name).NotEmpty().MaximumLength(200).Named("会場名", "name");
        validator.RuleFor(v => v.NameKana).NotEmpty().MaximumLength(200).Named("会場名（かな）", "nameKana");
        validator.RuleFor(v => v.Address).NotEmpty().MaximumLength(300).Named("住所", "address");
        validator.RuleFor(v => v.Area).MaximumLength(50).Named("地区", "area");
        validator.RuleFor(v => v.Latitude).InclusiveBetween(-90, 90).Named("緯度", "latitude");
        validator.RuleFor(v => v.Longitude).InclusiveBetween(-180, 180).Named("経度", "longitude");
        validator.RuleFor(v => v).Must(v => (v.Latitude is null) == (v.Longitude is null)).OverridePropertyName("latitude")
            .Says("緯度と経度は両方指定してください。", "Give both latitude and longitude, or neither.");
        validator.RuleFor(v => v.AccessibilityNotes).MaximumLength(1000).Named("バリアフリー情報", "accessibilityNotes");
    }

    public static VenueDetails ToDetails(this IVenueFields v) =>
        new(v.Name!, v.NameKana!, v.Address!, v.Area, v.Latitude, v.Longitude, v.AccessibilityNotes);
}
