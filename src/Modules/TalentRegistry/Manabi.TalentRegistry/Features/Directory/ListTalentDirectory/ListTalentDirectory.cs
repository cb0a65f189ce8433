using FluentValidation;
using Manabi.BuildingBlocks.Contracts;
using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Features.People;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.Directory.ListTalentDirectory;

/// <summary>A page of the public talent directory.</summary>
/// <param name="Total">How many people the directory shows for these filters.</param>
/// <param name="Items">This page, by reading.</param>
public sealed record TalentDirectoryPage(int Total, IReadOnlyList<TalentDirectoryEntry> Items);

/// <summary>What the public may see of a person: never contact data. Groups ask for them through the board.</summary>
/// <param name="Id">The person's id (quote it when asking the board).</param>
/// <param name="Name">Name.</param>
/// <param name="Roles">Roles held.</param>
/// <param name="Fields">Field codes.</param>
/// <param name="Area">Area of the city.</param>
/// <param name="TeachesOnline">Whether they can teach online.</param>
/// <param name="PublicProfile">Their public profile.</param>
public sealed record TalentDirectoryEntry(Guid Id, string Name, IReadOnlyList<TalentRole> Roles, IReadOnlyList<string> Fields, string? Area,
    bool TeachesOnline, string? PublicProfile);

internal sealed record ListTalentDirectoryQuery(TalentRole? Role, string? Field, string? Area, int? Limit, int? Offset) : IQuery<TalentDirectoryPage>
{
    public const int MaxLimit = 100;
    public const int MaxOffset = 10_000;
}

internal sealed class ListTalentDirectoryValidator : AbstractValidator<ListTalentDirectoryQuery>
{
    public ListTalentDirectoryValidator()
    {
        RuleFor(q => q.Role).IsInEnum().WithName("role");
        RuleFor(q => q.Field).MaximumLength(80).WithName("field");
        RuleFor(q => q.Area).MaximumLength(50).WithName("area");
        RuleFor(q => q.Limit).InclusiveBetween(1, ListTalentDirectoryQuery.MaxLimit).WithName("limit");
        RuleFor(q => q.Offset).InclusiveBetween(0, ListTalentDirectoryQuery.MaxOffset).WithName("offset");
    }
}

internal sealed class ListTalentDirectoryHandler(TalentRegistryDbContext db, ISender sender, FieldCatalog fields, TimeProvider clock)
    : IQueryHandler<ListTalentDirectoryQuery, TalentDirectoryPage>
{
    public async ValueTask<TalentDirectoryPage> Handle(ListTalentDirectoryQuery q, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        // Published: active, within the term, and consenting now (a withdrawal takes effect on the next read).
        var people = db.People.AsNoTracking()
            .Where(p => p.Status == PersonStatus.Active && p.TermEndsOn >= today && p.PublicationConsentedAt != null);
        if (q.Role is { } role)
        {
            people = people.Where(p => p.Roles.Contains(role));
        }
        if (q.Field.NullIfBlank() is { } field)
        {
            // A top-level field covers its sub-fields.
            var codes = FieldCatalog.Covering(await fields.GetAsync(sender, cancellationToken), [field]).ToList();
            people = people.Where(p => p.Fields.Any(f => codes.Contains(f)));
        }
        if (q.Area.NullIfBlank() is { } area)
        {
            people = people.Where(p => p.Area == area);
        }
        var total = await people.CountAsync(cancellationToken);
        var page = await people.OrderBy(p => p.NameKana).ThenBy(p => p.Id).Skip(q.Offset ?? 0).Take(q.Limit ?? 50)
            .Select(p => new TalentDirectoryEntry(p.Id, p.Name, p.Roles, p.Fields, p.Area, p.TeachesOnline, p.PublicProfile))
            .ToListAsync(cancellationToken);
        return new(total, page);
    }
}
