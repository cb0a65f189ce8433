using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Indicators.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Indicators.Features.Plans.ListTargetRevisions;

/// <summary>One change of a target.</summary>
/// <param name="MeasureCode">The measure.</param>
/// <param name="Old">The target before.</param>
/// <param name="New">The target after.</param>
/// <param name="Reason">Why.</param>
/// <param name="RevisedBy">Who (staff:{login}).</param>
/// <param name="RevisedAt">When.</param>
public sealed record TargetRevisionResponse(string MeasureCode, MeasureTarget Old, MeasureTarget New, string Reason, string RevisedBy, DateTimeOffset RevisedAt);

internal sealed record ListTargetRevisionsQuery(string Code) : IQuery<IReadOnlyList<TargetRevisionResponse>>;

internal sealed class ListTargetRevisionsValidator : AbstractValidator<ListTargetRevisionsQuery>
{
    public ListTargetRevisionsValidator() => RuleFor(q => q.Code).MaximumLength(50).Matches(PlanRules.CodePattern).Named("計画コード", "code");
}

internal sealed class ListTargetRevisionsHandler(IndicatorsDbContext db) : IQueryHandler<ListTargetRevisionsQuery, IReadOnlyList<TargetRevisionResponse>>
{
    public async ValueTask<IReadOnlyList<TargetRevisionResponse>> Handle(ListTargetRevisionsQuery q, CancellationToken cancellationToken)
    {
        if (!await db.Plans.AnyAsync(p => p.Code == q.Code, cancellationToken))
        {
            throw PlanErrors.NotFound();
        }
        return (await db.TargetRevisions.AsNoTracking().Where(r => r.PlanCode == q.Code).OrderByDescending(r => r.RevisedAt).ToListAsync(cancellationToken))
            .ConvertAll(r => new TargetRevisionResponse(r.MeasureCode, MeasureTarget.From(r.Old), MeasureTarget.From(r.New), r.Reason, r.RevisedBy, r.RevisedAt));
    }
}
