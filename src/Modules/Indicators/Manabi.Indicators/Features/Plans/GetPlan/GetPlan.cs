using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Indicators.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Indicators.Features.Plans.GetPlan;

internal sealed record GetPlanQuery(string Code) : IQuery<PlanResponse>;

internal sealed class GetPlanValidator : AbstractValidator<GetPlanQuery>
{
    public GetPlanValidator() => RuleFor(q => q.Code).MaximumLength(50).Matches(PlanRules.CodePattern).Named("計画コード", "code");
}

internal sealed class GetPlanHandler(IndicatorsDbContext db) : IQueryHandler<GetPlanQuery, PlanResponse>
{
    public async ValueTask<PlanResponse> Handle(GetPlanQuery q, CancellationToken cancellationToken) =>
        PlanResponse.From(await PlanAccess.FindAsync(db, q.Code, cancellationToken));
}
