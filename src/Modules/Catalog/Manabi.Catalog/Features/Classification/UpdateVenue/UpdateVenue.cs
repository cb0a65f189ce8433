using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Catalog.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Classification.UpdateVenue;

/// <summary>Correct a venue; <paramref name="ExpectedVersion"/> comes from <c>If-Match</c> (null for <c>*</c>).</summary>
internal sealed record UpdateVenueCommand(
    Guid Id, string? Name, string? NameKana, string? Address, string? Area, double? Latitude, double? Longitude, string? AccessibilityNotes,
    uint? ExpectedVersion) : ICommand<Versioned<VenueResponse>>, IVenueFields;

internal sealed class UpdateVenueValidator : AbstractValidator<UpdateVenueCommand>
{
    public UpdateVenueValidator() => VenueRules.Apply(this);
}

internal sealed class UpdateVenueHandler(CatalogDbContext db) : ICommandHandler<UpdateVenueCommand, Versioned<VenueResponse>>
{
    public async ValueTask<Versioned<VenueResponse>> Handle(UpdateVenueCommand command, CancellationToken cancellationToken)
    {
        var venue = await db.Venues.SingleOrDefaultAsync(v => v.Id == command.Id, cancellationToken) ?? throw VenueErrors.NotFound();
        if (command.ExpectedVersion is { } expected)
        {
            if (venue.Version != expected)
            {
                throw new PreconditionFailedException();
            }
            // Also guards the race between this read and the write: EF checks xmin in the UPDATE.
            db.Entry(venue).Property(v => v.Version).OriginalValue = expected;
        }
        venue.Update(command.ToDetails());
        if (await db.Venues.AnyAsync(v => v.Name == venue.Name && v.Id != venue.Id, cancellationToken))
        {
            throw VenueErrors.NameTaken();
        }
        // Search, detail and the open-data feed show the venue with every session held there.
        await FeedChanges.RenumberVenueAsync(db, venue.Id, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new(VenueResponse.From(venue), venue.Version);
    }
}
