using FluentValidation;
using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.Needs.ListNeeds;

internal sealed record ListNeedsQuery(NeedStatus? Status) : IQuery<IReadOnlyList<NeedResponse>>;

internal sealed class ListNeedsValidator : AbstractValidator<ListNeedsQuery>
{
    public ListNeedsValidator() => RuleFor(q => q.Status).IsInEnum().WithName("status");
}

internal sealed class ListNeedsHandler(TalentRegistryDbContext db) : IQueryHandler<ListNeedsQuery, IReadOnlyList<NeedResponse>>
{
    public async ValueTask<IReadOnlyList<NeedResponse>> Handle(ListNeedsQuery q, CancellationToken cancellationToken)
    {
        var needs = db.Needs.AsNoTracking().Include(n => n.Proposals).AsQueryable();
        if (q.Status is { } status)
        {
            needs = needs.Where(n => n.Status == status);
        }
        return (await needs.OrderByDescending(n => n.CreatedAt).Take(500).ToListAsync(cancellationToken)).ConvertAll(NeedResponse.From);
    }
}
