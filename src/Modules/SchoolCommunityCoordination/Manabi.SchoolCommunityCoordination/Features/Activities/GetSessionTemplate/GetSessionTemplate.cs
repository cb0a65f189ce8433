using System.Text;
using FluentValidation;
using Manabi.BuildingBlocks.Csv;
using Manabi.SchoolCommunityCoordination.Data;
using Manabi.SchoolCommunityCoordination.Features.Activities.UploadSessions;
using Manabi.SchoolCommunityCoordination.Features.Coordinators;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.SchoolCommunityCoordination.Features.Activities.GetSessionTemplate;

/// <summary>The upload's header row and one row per activity the caller may record, with its id and title filled in.</summary>
internal sealed record GetSessionTemplateQuery(Caller Caller, string? Encoding) : IQuery<string>;

internal sealed class GetSessionTemplateValidator : AbstractValidator<GetSessionTemplateQuery>
{
    public GetSessionTemplateValidator() => RuleFor(q => q.Encoding).IsCsvEncoding();
}

internal sealed class GetSessionTemplateHandler(SchoolCommunityCoordinationDbContext db, CoordinatorScopes scopes) : IQueryHandler<GetSessionTemplateQuery, string>
{
    public async ValueTask<string> Handle(GetSessionTemplateQuery q, CancellationToken cancellationToken)
    {
        var scope = await scopes.OfAsync(q.Caller, cancellationToken);
        var activities = db.Activities.AsNoTracking();
        if (scope.Districts is { } districts)
        {
            activities = activities.Where(a => districts.Contains(a.DistrictId));
        }
        var rows = await activities.OrderBy(a => a.Title).Take(1000).Select(a => new { a.Id, a.Title }).ToListAsync(cancellationToken);
        var csv = new StringBuilder();
        CsvLines.Append(csv, SessionCsv.Columns);
        foreach (var activity in rows)
        {
            // Column order as the header: activityId, activityTitle, then what the school fills in.
            CsvLines.Append(csv, [activity.Id.ToString(), activity.Title, "", "", "", "", "Held", "", "", ""]);
        }
        return csv.ToString();
    }
}
