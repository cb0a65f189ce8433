using FluentValidation;
using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.Activities.ListSelfReports;

/// <summary>People's own reports, oldest pending first (default: those waiting for a decision).</summary>
internal sealed record ListSelfReportsQuery(SelfReportStatus? Status) : IQuery<IReadOnlyList<SelfReportResponse>>;

internal sealed class ListSelfReportsValidator : AbstractValidator<ListSelfReportsQuery>
{
    public ListSelfReportsValidator() => RuleFor(q => q.Status).IsInEnum().WithName("status");
}

internal sealed class ListSelfReportsHandler(TalentRegistryDbContext db) : IQueryHandler<ListSelfReportsQuery, IReadOnlyList<SelfReportResponse>>
{
    public async ValueTask<IReadOnlyList<SelfReportResponse>> Handle(ListSelfReportsQuery q, CancellationToken cancellationToken)
    {
        var status = q.Status ?? SelfReportStatus.Pending;
        return (await db.SelfReports.AsNoTracking().Where(r => r.Status == status).OrderBy(r => r.ReportedAt).Take(500).ToListAsync(cancellationToken))
            .ConvertAll(SelfReportResponse.From);
    }
}
