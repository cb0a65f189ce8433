using System.Text.Json.Serialization;
using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Manabi.Catalog.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Information;

/// <summary>An information issue.</summary>
/// <param name="Id">Issue id.</param>
/// <param name="Channel">Newsletter, website or mail magazine.</param>
/// <param name="Title">Title, e.g. 「ミナクール通信 12月号」.</param>
/// <param name="IssueDate">Date of issue.</param>
/// <param name="Items">Its items.</param>
/// <param name="Published">Whether it went out.</param>
/// <param name="PublishedAt">When.</param>
public sealed record InformationIssueResponse(Guid Id, InformationChannel Channel, string Title, DateOnly IssueDate,
    IReadOnlyList<InformationItemResponse> Items, bool Published, DateTimeOffset? PublishedAt)
{
    internal static InformationIssueResponse From(InformationIssue i) => new(i.Id, i.Channel, i.Title, i.IssueDate,
        i.Items.Select(x => new InformationItemResponse(x.Heading, x.Body, x.OpportunityId, x.FieldCode)).ToList(), i.Published,
        i.PublishedAt?.ToOffset(TimeSpan.FromHours(9)));
}

/// <summary>One item: a heading and text, optionally about a learning opportunity, grouped under a field.</summary>
public sealed record InformationItemResponse(string Heading, string Body, Guid? OpportunityId, string? FieldCode);

/// <summary>Draft an issue, or replace a draft (staff).</summary>
/// <param name="Channel">Newsletter, website or mail magazine.</param>
/// <param name="Title">Title.</param>
/// <param name="IssueDate">Date of issue.</param>
/// <param name="Items">Items (up to 200).</param>
public sealed record SaveInformationIssueCommand(InformationChannel? Channel, string? Title, DateOnly? IssueDate, IReadOnlyList<InformationItemResponse>? Items)
    : ICommand<Versioned<InformationIssueResponse>>
{
    [JsonIgnore] internal Guid? Id { get; init; }
    [JsonIgnore] internal uint? ExpectedVersion { get; init; }
}

internal sealed class SaveInformationIssueValidator : AbstractValidator<SaveInformationIssueCommand>
{
    public SaveInformationIssueValidator()
    {
        RuleFor(c => c.Channel).NotNull().IsInEnum().Named("媒体", "channel");
        RuleFor(c => c.Title).NotEmpty().MaximumLength(200).Named("タイトル", "title");
        RuleFor(c => c.IssueDate).NotNull().Named("発行日", "issueDate");
        RuleFor(c => c.Items).Must(i => i is null || i.Count <= 200).Named("記事", "items");
        RuleForEach(c => c.Items).NotNull().Named("記事", "items").ChildRules(item =>
        {
            item.RuleFor(i => i.Heading).NotEmpty().MaximumLength(200).Named("見出し", "heading");
            item.RuleFor(i => i.Body).NotNull().MaximumLength(5000).Named("本文", "body");
        });
    }
}

internal sealed class SaveInformationIssueHandler(CatalogDbContext db, TimeProvider clock) : ICommandHandler<SaveInformationIssueCommand, Versioned<InformationIssueResponse>>
{
    public async ValueTask<Versioned<InformationIssueResponse>> Handle(SaveInformationIssueCommand c, CancellationToken cancellationToken)
    {
        var items = (c.Items ?? []).Select(i => new InformationItem(i.Heading.Trim(), i.Body.Trim(), i.OpportunityId, i.FieldCode)).ToList();
        InformationIssue issue;
        if (c.Id is { } id)
        {
            issue = await db.InformationIssues.SingleOrDefaultAsync(i => i.Id == id, cancellationToken) ?? throw InformationErrors.NotFound();
            if (c.ExpectedVersion is { } expected)
            {
                if (issue.Version != expected) throw new PreconditionFailedException();
                db.Entry(issue).Property(i => i.Version).OriginalValue = expected;
            }
            if (!issue.Revise(c.Channel!.Value, c.Title!, c.IssueDate!.Value, items))
            {
                throw new BusinessRuleException(new Text("発行済みの号は変更できません。", "A published issue cannot be changed."), "issue-published");
            }
        }
        else
        {
            issue = InformationIssue.Draft(c.Channel!.Value, c.Title!, c.IssueDate!.Value, items, clock.GetUtcNow());
            db.InformationIssues.Add(issue);
        }
        await db.SaveChangesAsync(cancellationToken);
        return new(InformationIssueResponse.From(issue), issue.Version);
    }
}

/// <summary>Publish a draft issue: from now on it is a record of what went out.</summary>
internal sealed record PublishInformationIssueCommand(Guid Id) : ICommand<InformationIssueResponse>;

internal sealed class PublishInformationIssueValidator : AbstractValidator<PublishInformationIssueCommand>
{
    public PublishInformationIssueValidator() => RuleFor(c => c.Id).NotEmpty();
}

internal sealed class PublishInformationIssueHandler(CatalogDbContext db, TimeProvider clock) : ICommandHandler<PublishInformationIssueCommand, InformationIssueResponse>
{
    public async ValueTask<InformationIssueResponse> Handle(PublishInformationIssueCommand c, CancellationToken cancellationToken)
    {
        var issue = await db.InformationIssues.SingleOrDefaultAsync(i => i.Id == c.Id, cancellationToken) ?? throw InformationErrors.NotFound();
        if (issue.Published)
        {
            return InformationIssueResponse.From(issue); // publishing twice is harmless
        }
        if (!issue.Publish(clock.GetUtcNow()))
        {
            throw new BusinessRuleException(new Text("記事のない号は発行できません。", "An issue without items cannot be published."), "issue-empty");
        }
        db.Publish(new InformationIssuePublishedIntegrationEvent(issue.Id, issue.Channel, issue.Items.Count, issue.PublishedAt!.Value));
        await db.SaveChangesAsync(cancellationToken);
        return InformationIssueResponse.From(issue);
    }
}

internal sealed record GetInformationIssueQuery(Guid Id, bool PublishedOnly) : IQuery<Versioned<InformationIssueResponse>>;

internal sealed class GetInformationIssueHandler(CatalogDbContext db) : IQueryHandler<GetInformationIssueQuery, Versioned<InformationIssueResponse>>
{
    public async ValueTask<Versioned<InformationIssueResponse>> Handle(GetInformationIssueQuery q, CancellationToken cancellationToken)
    {
        var issue = await db.InformationIssues.AsNoTracking().SingleOrDefaultAsync(i => i.Id == q.Id && (!q.PublishedOnly || i.Published), cancellationToken)
            ?? throw InformationErrors.NotFound();
        return new(InformationIssueResponse.From(issue), issue.Version);
    }
}

internal sealed record ListInformationIssuesQuery(bool PublishedOnly, InformationChannel? Channel) : IQuery<IReadOnlyList<InformationIssueResponse>>;

internal sealed class ListInformationIssuesHandler(CatalogDbContext db) : IQueryHandler<ListInformationIssuesQuery, IReadOnlyList<InformationIssueResponse>>
{
    public async ValueTask<IReadOnlyList<InformationIssueResponse>> Handle(ListInformationIssuesQuery q, CancellationToken cancellationToken) =>
        (await db.InformationIssues.AsNoTracking()
            .Where(i => (!q.PublishedOnly || i.Published) && (q.Channel == null || i.Channel == q.Channel))
            .OrderByDescending(i => i.IssueDate).ThenBy(i => i.Id).Take(200).ToListAsync(cancellationToken))
        .ConvertAll(InformationIssueResponse.From);
}

internal static class InformationErrors
{
    public static NotFoundException NotFound() => new(new Text("指定された号は見つかりません。", "No such information issue."));
}
