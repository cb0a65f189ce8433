using FluentValidation;
using Manabi.TalentRegistry.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.Groups.ListLearningGroups;

/// <summary>Groups by name; <paramref name="ActiveIn"/> keeps those that reported activity in that fiscal year.</summary>
internal sealed record ListLearningGroupsQuery(int? ActiveIn) : IQuery<IReadOnlyList<LearningGroupResponse>>;

internal sealed class ListLearningGroupsValidator : AbstractValidator<ListLearningGroupsQuery>
{
    public ListLearningGroupsValidator() => RuleFor(q => q.ActiveIn).InclusiveBetween(2000, 2100).WithName("activeIn");
}

internal sealed class ListLearningGroupsHandler(TalentRegistryDbContext db) : IQueryHandler<ListLearningGroupsQuery, IReadOnlyList<LearningGroupResponse>>
{
    public async ValueTask<IReadOnlyList<LearningGroupResponse>> Handle(ListLearningGroupsQuery q, CancellationToken cancellationToken)
    {
        var groups = db.LearningGroups.AsNoTracking().Include(g => g.Reports).AsQueryable();
        if (q.ActiveIn is { } year)
        {
            groups = groups.Where(g => g.Reports.Any(r => r.FiscalYear == year));
        }
        return (await groups.OrderBy(g => g.Name).Take(1000).ToListAsync(cancellationToken)).ConvertAll(LearningGroupResponse.From);
    }
}
