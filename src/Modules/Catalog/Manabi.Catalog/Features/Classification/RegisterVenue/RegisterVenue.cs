using FluentValidation;
using Manabi.Catalog.Data;
using Manabi.Catalog.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Classification.RegisterVenue;

internal sealed record RegisterVenueCommand(string? Name, string? NameKana, string? Address, string? Area, double? Latitude, double? Longitude, string? AccessibilityNotes)
    : ICommand<VenueResponse>, IVenueFields;

internal sealed class RegisterVenueValidator : AbstractValidator<RegisterVenueCommand>
{
    public RegisterVenueValidator() => VenueRules.Apply(this);
}

internal sealed class RegisterVenueHandler(CatalogDbContext db, TimeProvider clock) : ICommandHandler<RegisterVenueCommand, VenueResponse>
{
    public async ValueTask<VenueResponse> Handle(RegisterVenueCommand c, CancellationToken cancellationToken)
    {
        var venue = Venue.Create(c.ToDetails(), clock.GetUtcNow());
        if (await db.Venues.AnyAsync(v => v.Name == venue.Name, cancellationToken))
        {
            throw VenueErrors.NameTaken();
        }
        db.Venues.Add(venue);
        await db.SaveChangesAsync(cancellationToken);
        return VenueResponse.From(venue);
    }
}
