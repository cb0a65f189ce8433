using FluentValidation;
using Manabi.BuildingBlocks.Contracts;
using Manabi.TalentRegistry.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.Consultations.ListConsultations;

/// <summary>Consultations of a fiscal year (default: the current one), newest first; <c>FollowUp</c> keeps those awaiting a follow-up, of any year.</summary>
internal sealed record ListConsultationsQuery(int? FiscalYear, bool? FollowUp) : IQuery<ConsultationList>;

/// <summary>A fiscal year's consultations (or the follow-up list).</summary>
/// <param name="Total">How many.</param>
/// <param name="Items">Newest first (up to 1,000).</param>
public sealed record ConsultationList(int Total, IReadOnlyList<ConsultationResponse> Items);

internal sealed class ListConsultationsValidator : AbstractValidator<ListConsultationsQuery>
{
    public ListConsultationsValidator() => RuleFor(q => q.FiscalYear).InclusiveBetween(2000, 2100).WithName("fiscalYear");
}

internal sealed class ListConsultationsHandler(TalentRegistryDbContext db, TimeProvider clock) : IQueryHandler<ListConsultationsQuery, ConsultationList>
{
    public async ValueTask<ConsultationList> Handle(ListConsultationsQuery q, CancellationToken cancellationToken)
    {
        var consultations = db.Consultations.AsNoTracking();
        if (q.FollowUp == true)
        {
            consultations = consultations.Where(c => c.Outcome == Contracts.ConsultationOutcome.FollowUpNeeded && c.FollowedUpAt == null);
        }
        else
        {
            var year = q.FiscalYear is { } y ? new FiscalYear(y) : FiscalYear.Of(clock.GetUtcNow());
            var (start, end) = (year.Start.ToUniversalTime(), year.End.ToUniversalTime()); // Npgsql writes timestamptz from UTC only
            consultations = consultations.Where(c => c.HeldAt >= start && c.HeldAt < end);
        }
        var total = await consultations.CountAsync(cancellationToken);
        var items = await consultations.OrderByDescending(c => c.HeldAt).Take(1000).ToListAsync(cancellationToken);
        return new(total, items.ConvertAll(ConsultationResponse.From));
    }
}
