using FluentValidation;
using Manabi.TalentRegistry.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.Leaders.ListLeaderTrainings;

/// <summary>Trainings, newest fiscal year first; <paramref name="FiscalYear"/> keeps one year's.</summary>
internal sealed record ListLeaderTrainingsQuery(int? FiscalYear) : IQuery<IReadOnlyList<LeaderTrainingResponse>>;

internal sealed class ListLeaderTrainingsValidator : AbstractValidator<ListLeaderTrainingsQuery>
{
    public ListLeaderTrainingsValidator() => RuleFor(q => q.FiscalYear).InclusiveBetween(2000, 2100).WithName("fiscalYear");
}

internal sealed class ListLeaderTrainingsHandler(TalentRegistryDbContext db) : IQueryHandler<ListLeaderTrainingsQuery, IReadOnlyList<LeaderTrainingResponse>>
{
    public async ValueTask<IReadOnlyList<LeaderTrainingResponse>> Handle(ListLeaderTrainingsQuery q, CancellationToken cancellationToken)
    {
        var trainings = db.LeaderTrainings.AsNoTracking().Include(t => t.Trainees).AsQueryable();
        if (q.FiscalYear is { } year)
        {
            trainings = trainings.Where(t => t.FiscalYear == year);
        }
        // A city runs one or two a year: a page of 100 is years of them.
        var page = await trainings.OrderByDescending(t => t.FiscalYear).ThenBy(t => t.Name).Take(100).ToListAsync(cancellationToken);
        return await LeaderTrainingResponse.ReadAsync(db, page, cancellationToken);
    }
}
