using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Catalog.Data;
using Manabi.Catalog.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Classification.RegisterVenue;

internal sealed record RegisterVenueCommand(string? Name, string? NameKana, string? Address, string? Area, double? Latitude, double? Longitude, string? AccessibilityNotes)
    : ICommand<VenueResponse>;

internal sealed class RegisterVenueValidator : AbstractValidator<RegisterVenueCommand>
{
    public RegisterVenueValidator()
    {
        RuleFor(v => v.Name).NotEmpty().MaximumLength(200).Named("会場名", "name");
        RuleFor(v => v.NameKana).NotEmpty().MaximumLength(200).Named("会場名（かな）", "nameKana");
        RuleFor(v => v.Address).NotEmpty().MaximumLength(300).Named("住所", "address");
        RuleFor(v => v.Area).MaximumLength(50).Named("地区", "area");
        RuleFor(v => v.Latitude).InclusiveBetween(-90, 90).Named("緯度", "latitude");
        RuleFor(v => v.Longitude).InclusiveBetween(-180, 180).Named("経度", "longitude");
        RuleFor(v => v).Must(v => (v.Latitude is null) == (v.Longitude is null)).OverridePropertyName("latitude")
            .Says("緯度と経度は両方指定してください。", "Give both latitude and longitude, or neither.");
        RuleFor(v => v.AccessibilityNotes).MaximumLength(1000);
    }
}

internal sealed class RegisterVenueHandler(CatalogDbContext db, TimeProvider clock) : ICommandHandler<RegisterVenueCommand, VenueResponse>
{
    public async ValueTask<VenueResponse> Handle(RegisterVenueCommand c, CancellationToken cancellationToken)
    {
        var venue = Venue.Create(new VenueDetails(c.Name!, c.NameKana!, c.Address!, c.Area, c.Latitude, c.Longitude, c.AccessibilityNotes), clock.GetUtcNow());
        if (await db.Venues.AnyAsync(v => v.Name == venue.Name, cancellationToken))
        {
            throw new ConflictException(new Text("同じ名前の会場がすでに登録されています。会場一覧から選んでください。",
                "A venue with this name is already registered: pick it from the list."), "duplicate-name");
        }
        db.Venues.Add(venue);
        await db.SaveChangesAsync(cancellationToken);
        return VenueResponse.From(venue);
    }
}
