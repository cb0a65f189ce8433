using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Manabi.Catalog.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Information;

/// <summary>Draft an issue (<paramref name="Id"/> null) or replace a draft: the one handler behind DraftIssue and EditIssue.</summary>
internal sealed record SaveInformationIssueCommand(
    Guid? Id, InformationChannel? Channel, string? Title, DateOnly? IssueDate, IReadOnlyList<InformationItemResponse>? Items, uint? ExpectedVersion)
    : ICommand<Versioned<InformationIssueResponse>>;

internal sealed class SaveInformationIssueValidator : AbstractValidator<SaveInformationIssueCommand>
{
    public SaveInformationIssueValidator()
    {
        RuleFor(c => c.Channel).NotNull().IsInEnum().Named("媒体", "channel");
        RuleFor(c => c.Title).NotEmpty().MaximumLength(200).Named("タイトル", "title");
        RuleFor(c => c.IssueDate).NotNull().Named("発行日", "issueDate");
        RuleFor(c => c.Items).MaxItems(200).Named("記事", "items");
        RuleForEach(c => c.Items).NotNull().Named("記事", "items").ChildRules(item =>
        {
            item.RuleFor(i => i.Heading).NotEmpty().MaximumLength(200).Named("見出し", "heading");
            item.RuleFor(i => i.Body).NotNull().MaximumLength(5000).Named("本文", "body");
            item.RuleFor(i => i.FieldCode).MaximumLength(80).Named("分野", "fieldCode");
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
