using FluentValidation;
using Manabi.BuildingBlocks.Contracts;
using Manabi.SchoolCommunityCoordination.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.SchoolCommunityCoordination.Features.Meetings.ListMeetings;

/// <summary>The meetings of a fiscal year (this one unless it says), by date.</summary>
internal sealed record ListMeetingsQuery(int? FiscalYear) : IQuery<IReadOnlyList<MeetingResponse>>;

internal sealed class ListMeetingsValidator : AbstractValidator<ListMeetingsQuery>
{
    public ListMeetingsValidator() => RuleFor(q => q.FiscalYear).InclusiveBetween(2000, 2100).WithName("fiscalYear");
}

internal sealed class ListMeetingsHandler(SchoolCommunityCoordinationDbContext db, TimeProvider clock) : IQueryHandler<ListMeetingsQuery, IReadOnlyList<MeetingResponse>>
{
    public async ValueTask<IReadOnlyList<MeetingResponse>> Handle(ListMeetingsQuery q, CancellationToken cancellationToken)
    {
        var year = new FiscalYear(q.FiscalYear ?? FiscalYear.Of(clock.GetUtcNow()).StartYear);
        return (await db.Meetings.AsNoTracking().Where(m => m.Date >= year.FirstDay && m.Date <= year.LastDay).OrderBy(m => m.Date)
            .ToListAsync(cancellationToken)).ConvertAll(MeetingResponse.From);
    }
}
