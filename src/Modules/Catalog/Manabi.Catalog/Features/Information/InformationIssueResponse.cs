using Manabi.BuildingBlocks.Contracts;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Domain;

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
        JapanTime.Of(i.PublishedAt));
}

/// <summary>One item: a heading and text, optionally about a learning opportunity, grouped under a field.</summary>
public sealed record InformationItemResponse(string Heading, string Body, Guid? OpportunityId, string? FieldCode);
