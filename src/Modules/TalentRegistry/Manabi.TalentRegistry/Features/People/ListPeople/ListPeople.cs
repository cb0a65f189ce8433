using FluentValidation;
using Manabi.BuildingBlocks.Contracts;
using Manabi.BuildingBlocks.Data;
using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.People.ListPeople;

/// <summary>People staff look through.</summary>
/// <param name="Total">How many match, over all pages.</param>
/// <param name="Items">This page: applications waiting for review first, then by reading.</param>
public sealed record PersonListPage(int Total, IReadOnlyList<PersonResponse> Items);

/// <summary>Staff's list; <c>LapsingWithinDays</c> keeps active people whose term ends within that many days (the renewal list).</summary>
internal sealed record ListPeopleQuery(PersonStatus? Status, TalentRole? Role, string? Field, string? Area, string? Q, int? LapsingWithinDays, int? Limit, int? Offset)
    : IQuery<PersonListPage>
{
    public const int MaxLimit = 200;
    public const int MaxOffset = 100_000;
}

internal sealed class ListPeopleValidator : AbstractValidator<ListPeopleQuery>
{
    public ListPeopleValidator()
    {
        RuleFor(q => q.Status).IsInEnum().WithName("status");
        RuleFor(q => q.Role).IsInEnum().WithName("role");
        RuleFor(q => q.Field).MaximumLength(80).WithName("field");
        RuleFor(q => q.Area).MaximumLength(50).WithName("area");
        RuleFor(q => q.Q).MaximumLength(100).WithName("q");
        RuleFor(q => q.LapsingWithinDays).InclusiveBetween(0, 366).WithName("lapsingWithinDays");
        RuleFor(q => q.Limit).InclusiveBetween(1, ListPeopleQuery.MaxLimit).WithName("limit");
        RuleFor(q => q.Offset).InclusiveBetween(0, ListPeopleQuery.MaxOffset).WithName("offset");
    }
}

internal sealed class ListPeopleHandler(TalentRegistryDbContext db, TimeProvider clock) : IQueryHandler<ListPeopleQuery, PersonListPage>
{
    public async ValueTask<PersonListPage> Handle(ListPeopleQuery q, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var people = db.People.AsNoTracking().Where(p => p.ErasedAt == null);
        people = q.Status switch
        {
            PersonStatus.Active => people.Where(p => p.Status == PersonStatus.Active && p.TermEndsOn >= today),
            PersonStatus.Lapsed => people.Where(p => p.Status == PersonStatus.Active && p.TermEndsOn < today),
            { } status => people.Where(p => p.Status == status),
            null => people,
        };
        if (q.LapsingWithinDays is { } days)
        {
            var until = today.AddDays(days);
            people = people.Where(p => p.Status == PersonStatus.Active && p.TermEndsOn >= today && p.TermEndsOn <= until);
        }
        if (q.Role is { } role)
        {
            people = people.Where(p => p.Roles.Contains(role));
        }
        if (q.Field.NullIfBlank() is { } field)
        {
            people = people.Where(p => p.Fields.Contains(field));
        }
        if (q.Area.NullIfBlank() is { } area)
        {
            people = people.Where(p => p.Area == area);
        }
        if (q.Q.NullIfBlank() is { } text)
        {
            var pattern = LikePattern.Containing(text);
            people = people.Where(p => EF.Functions.ILike(p.Name, pattern) || EF.Functions.ILike(p.NameKana, pattern));
        }
        var total = await people.CountAsync(cancellationToken);
        var page = await people.OrderBy(p => p.Status == PersonStatus.Applied ? 0 : 1).ThenBy(p => p.NameKana).ThenBy(p => p.Id)
            .Skip(q.Offset ?? 0).Take(q.Limit ?? 50).ToListAsync(cancellationToken);
        return new(total, page.ConvertAll(p => PersonResponse.From(p, today, withContact: false)));
    }
}
