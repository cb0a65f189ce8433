using Manabi.Catalog.Contracts;

namespace Manabi.Catalog.Domain;

/// <summary>
/// One issue of the exchange center's information provision — a newsletter, a website update or a
/// mail magazine — with its items. Drafts are edited freely; a published issue is a record of what
/// went out and does not change.
/// </summary>
internal sealed class InformationIssue
{
    private InformationIssue() { }

    public Guid Id { get; private set; }
    public InformationChannel Channel { get; private set; }
    public string Title { get; private set; } = "";
    public DateOnly IssueDate { get; private set; }
    public List<InformationItem> Items { get; private set; } = [];
    public bool Published { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public uint Version { get; private set; }

    public static InformationIssue Draft(InformationChannel channel, string title, DateOnly issueDate, IReadOnlyList<InformationItem> items, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Channel = channel,
        Title = title.Trim(),
        IssueDate = issueDate,
        Items = [.. items],
        CreatedAt = now,
    };

    /// <summary>Replaces a draft's content; false if it is already published.</summary>
    public bool Revise(InformationChannel channel, string title, DateOnly issueDate, IReadOnlyList<InformationItem> items)
    {
        if (Published)
        {
            return false;
        }
        Channel = channel;
        Title = title.Trim();
        IssueDate = issueDate;
        Items = [.. items];
        return true;
    }

    public bool Publish(DateTimeOffset now)
    {
        if (Published || Items.Count == 0)
        {
            return false;
        }
        Published = true;
        PublishedAt = now;
        return true;
    }
}

/// <summary>One item of an issue: free text, or a learning opportunity it links to; grouped by field.</summary>
internal sealed record InformationItem(string Heading, string Body, Guid? OpportunityId, string? FieldCode);
