using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.Catalog.Data;
using Manabi.Catalog.Domain;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Classification;

/// <summary>A venue shared by all providers.</summary>
/// <param name="Id">Venue id (used in sessions).</param>
/// <param name="Name">Name.</param>
/// <param name="NameKana">Reading of the name.</param>
/// <param name="Address">Address.</param>
/// <param name="Area">Area of the city, for filtering.</param>
/// <param name="Latitude">WGS 84 latitude.</param>
/// <param name="Longitude">WGS 84 longitude.</param>
/// <param name="AccessibilityNotes">Step-free access, parking, hearing loops…</param>
public sealed record VenueResponse(Guid Id, string Name, string NameKana, string Address, string? Area, double? Latitude, double? Longitude, string? AccessibilityNotes)
{
    internal static VenueResponse From(Venue v) => new(v.Id, v.Name, v.NameKana, v.Address, v.Area, v.Latitude, v.Longitude, v.AccessibilityNotes);
}

/// <summary>Register a venue (staff or a partner system).</summary>
/// <param name="Name">Name.</param>
/// <param name="NameKana">Reading of the name in kana.</param>
/// <param name="Address">Address.</param>
/// <param name="Area">Area of the city (地区).</param>
/// <param name="Latitude">WGS 84 latitude.</param>
/// <param name="Longitude">WGS 84 longitude.</param>
/// <param name="AccessibilityNotes">Accessibility notes.</param>
public sealed record RegisterVenueCommand(string? Name, string? NameKana, string? Address, string? Area, double? Latitude, double? Longitude, string? AccessibilityNotes)
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
        db.Venues.Add(venue);
        await db.SaveChangesAsync(cancellationToken);
        return VenueResponse.From(venue);
    }
}

internal sealed record ListVenuesQuery(string? Area) : IQuery<IReadOnlyList<VenueResponse>>;

internal sealed class ListVenuesHandler(CatalogDbContext db) : IQueryHandler<ListVenuesQuery, IReadOnlyList<VenueResponse>>
{
    public async ValueTask<IReadOnlyList<VenueResponse>> Handle(ListVenuesQuery query, CancellationToken cancellationToken)
    {
        var venues = db.Venues.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Area))
        {
            venues = venues.Where(v => v.Area == query.Area);
        }
        return (await venues.OrderBy(v => v.NameKana).ThenBy(v => v.Id).Take(2000).ToListAsync(cancellationToken)).ConvertAll(VenueResponse.From);
    }
}

internal static class VenueEndpoints
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/venues", async (string? area, ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new ListVenuesQuery(area), ct)))
            .WithName("ListVenues")
            .WithSummary("Venues")
            .WithDescription("All venues (up to 2,000), by reading; `area` narrows to one area of the city.")
            .AllowAnonymous()
            .Produces<IReadOnlyList<VenueResponse>>();
        group.MapPost("/venues", async (RegisterVenueCommand command, ISender sender, CancellationToken ct) =>
            {
                var venue = await sender.Send(command, ct);
                return Results.Created($"/api/v1/catalog/venues/{venue.Id}", venue);
            })
            .WithName("RegisterVenue")
            .WithSummary("Register a venue")
            .WithDescription("Venues are shared: look for an existing one first. Honours `Idempotency-Key`.")
            .RequireAuthorization(Policies.StaffOrPartner)
            .Idempotent()
            .Produces<VenueResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesAuthProblems();
    }
}
