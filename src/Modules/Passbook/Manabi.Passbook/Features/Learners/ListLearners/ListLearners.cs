using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Contracts;
using Manabi.BuildingBlocks.Data;
using Manabi.Passbook.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Passbook.Features.Learners.ListLearners;

/// <summary>A learner in the counter's search results: enough to pick the right person, no contact data.</summary>
/// <param name="Id">Learner id (open the record with <c>GET /learners/{id}</c>).</param>
/// <param name="PassbookNumber">Passbook number, hyphenated as printed.</param>
/// <param name="DisplayName">Name.</param>
/// <param name="NameKana">Reading of the name.</param>
/// <param name="Area">Area of residence, if given.</param>
/// <param name="RegisteredAt">When the passbook was issued.</param>
public sealed record LearnerRow(Guid Id, string PassbookNumber, string DisplayName, string NameKana, string? Area, DateTimeOffset RegisteredAt);

/// <summary>A page of learners.</summary>
/// <param name="Total">How many match.</param>
/// <param name="Items">This page, by reading.</param>
public sealed record LearnerListPage(int Total, IReadOnlyList<LearnerRow> Items);

/// <summary>Staff find a learner at the counter by passbook number, or part of the name or its reading.</summary>
internal sealed record ListLearnersQuery(string? PassbookNumber, string? Q, int? Limit, int? Offset, string Reader) : IQuery<LearnerListPage>
{
    public const int MaxLimit = 100;
    public const int MaxOffset = 100_000;
}

internal sealed class ListLearnersValidator : AbstractValidator<ListLearnersQuery>
{
    public ListLearnersValidator()
    {
        RuleFor(q => q.PassbookNumber).ValidPassbookNumber().When(q => q.PassbookNumber is not null);
        RuleFor(q => q.Q).MaximumLength(100).WithName("q");
        RuleFor(q => q).Must(q => q.PassbookNumber is not null || q.Q.NullIfBlank() is not null).WithName("q")
            .Says("学習手帳番号か、名前・よみの一部を指定してください。", "Give a passbook number, or part of a name or its reading.");
        RuleFor(q => q.Limit).InclusiveBetween(1, ListLearnersQuery.MaxLimit).WithName("limit");
        RuleFor(q => q.Offset).InclusiveBetween(0, ListLearnersQuery.MaxOffset).WithName("offset");
    }
}

internal sealed class ListLearnersHandler(PassbookDbContext db, TimeProvider clock) : IQueryHandler<ListLearnersQuery, LearnerListPage>
{
    public async ValueTask<LearnerListPage> Handle(ListLearnersQuery q, CancellationToken cancellationToken)
    {
        var learners = db.Learners.AsNoTracking().Where(l => l.ErasedAt == null);
        if (q.PassbookNumber is not null)
        {
            var digits = Domain.PassbookNumber.Parse(q.PassbookNumber).Digits;
            learners = learners.Where(l => l.PassbookNumber == digits);
        }
        if (q.Q.NullIfBlank() is { } text)
        {
            var pattern = LikePattern.Containing(text);
            learners = learners.Where(l => EF.Functions.ILike(l.DisplayName, pattern) || EF.Functions.ILike(l.NameKana, pattern));
        }
        var total = await learners.CountAsync(cancellationToken);
        var page = await learners.OrderBy(l => l.NameKana).ThenBy(l => l.Id).Skip(q.Offset ?? 0).Take(q.Limit ?? 20).ToListAsync(cancellationToken);
        // Names on a staff screen are reads of personal data: each listed learner's log shows it.
        var now = clock.GetUtcNow();
        db.PersonalDataReads.AddRange(page.Select(l => PersonalDataRead.Record(l.Id, q.Reader, "learner-search", now)));
        await db.SaveChangesAsync(cancellationToken);
        return new(total, page.ConvertAll(l => new LearnerRow(l.Id, Domain.PassbookNumber.Parse(l.PassbookNumber).ToString(), l.DisplayName, l.NameKana,
            l.Area, l.RegisteredAt)));
    }
}
