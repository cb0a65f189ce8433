using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Information.PublishIssue;

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
