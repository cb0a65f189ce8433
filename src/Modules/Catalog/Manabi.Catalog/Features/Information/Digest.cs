using System.Globalization;
using System.Net;
using System.Text;
using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Manabi.Catalog.Domain;
using Manabi.Catalog.Features.Opportunities;
using Manabi.Catalog.Features.Opportunities.SearchOpportunities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Information;

/// <summary>Draft an issue from the public opportunities whose next session falls in a date range, grouped by field.</summary>
/// <param name="Channel">Newsletter, website or mail magazine.</param>
/// <param name="From">First day (Japan time).</param>
/// <param name="To">Last day (Japan time), at most 92 days after <paramref name="From"/>.</param>
/// <param name="Title">Title of the draft (default: the channel and the range).</param>
public sealed record DraftDigestCommand(InformationChannel? Channel, DateOnly? From, DateOnly? To, string? Title) : ICommand<DigestResponse>;

/// <summary>The drafted issue and its renderings, ready for staff to edit.</summary>
public sealed record DigestResponse(InformationIssueResponse Issue, string Html, string Text);

internal sealed class DraftDigestValidator : AbstractValidator<DraftDigestCommand>
{
    public DraftDigestValidator()
    {
        RuleFor(c => c.Channel).NotNull().IsInEnum().WithName("channel");
        RuleFor(c => c.From).NotNull().WithName("from");
        RuleFor(c => c.To).NotNull().GreaterThanOrEqualTo(c => c.From)
            .Must((c, to) => c.From is null || to!.Value.DayNumber - c.From.Value.DayNumber <= 92).WithName("to");
        RuleFor(c => c.Title).MaximumLength(200);
    }
}

internal sealed class DraftDigestHandler(CatalogDbContext db, OpportunityFinder finder, OpportunityReader reader, TimeProvider clock) : ICommandHandler<DraftDigestCommand, DigestResponse>
{
    private static readonly TimeSpan Japan = TimeSpan.FromHours(9);

    public async ValueTask<DigestResponse> Handle(DraftDigestCommand c, CancellationToken cancellationToken)
    {
        var from = new DateTimeOffset(c.From!.Value.ToDateTime(TimeOnly.MinValue), Japan);
        var to = new DateTimeOffset(c.To!.Value.AddDays(1).ToDateTime(TimeOnly.MinValue), Japan);
        var criteria = new SearchOpportunitiesQuery(null, null, null, null, null, from, to, null, null, null, null, null, "date", null, null);
        var ids = (await finder.FindAsync(criteria, clock.GetUtcNow(), 200, cancellationToken)).ConvertAll(f => f.Id!.Value);
        var opportunities = await reader.LoadAsync(db.Opportunities.Where(o => ids.Contains(o.Id)), cancellationToken);
        var fields = await db.Fields.AsNoTracking().ToDictionaryAsync(f => f.Code, cancellationToken);
        string TopField(string code) => fields.TryGetValue(code, out var f) && f.ParentCode is { } parent ? parent : code;

        var items = opportunities
            .Select(o => (Opportunity: o, Next: o.Sessions.Where(s => s.Status == SessionStatus.Scheduled && s.StartsAt >= from && s.StartsAt < to).MinBy(s => s.StartsAt)))
            .Where(x => x.Next is not null)
            .OrderBy(x => fields.GetValueOrDefault(TopField(x.Opportunity.Fields[0]))?.SortOrder ?? int.MaxValue).ThenBy(x => x.Next!.StartsAt)
            .Select(x => new InformationItem(x.Opportunity.Title, Describe(x.Opportunity, x.Next!), x.Opportunity.Id, TopField(x.Opportunity.Fields[0])))
            .ToList();
        var title = string.IsNullOrWhiteSpace(c.Title) ? $"学習情報 {c.From:yyyy/MM/dd}〜{c.To:yyyy/MM/dd}" : c.Title;
        var issue = InformationIssue.Draft(c.Channel!.Value, title, c.From.Value, items, clock.GetUtcNow());
        db.InformationIssues.Add(issue);
        await db.SaveChangesAsync(cancellationToken);
        var names = fields.ToDictionary(f => f.Key, f => f.Value.NameJa);
        return new DigestResponse(InformationIssueResponse.From(issue), DigestRenderer.Html(issue, names), DigestRenderer.Text(issue, names));
    }

    private static string Describe(OpportunityResponse o, SessionResponse next)
    {
        var when = next.StartsAt.ToString("M月d日(ddd) H:mm", CultureInfo.GetCultureInfo("ja-JP"));
        var where = next.Venue?.Name ?? (next.OnlineUrl is not null ? "オンライン" : "");
        var fee = o.Fee is { } yen ? $"{yen:#,0}円" : "無料";
        var stamp = o.StampRallyEligible ? "／スタンプラリー対象" : "";
        return $"{when}〜 {where}／{fee}／主催：{o.ProviderName}{stamp}";
    }
}

/// <summary>Renders an issue grouped by field, as HTML (escaped) and as plain text for the mail magazine.</summary>
internal static class DigestRenderer
{
    public static string Html(InformationIssue issue, IReadOnlyDictionary<string, string> fieldNames)
    {
        var html = new StringBuilder($"<h1>{WebUtility.HtmlEncode(issue.Title)}</h1>\n");
        foreach (var group in issue.Items.GroupBy(i => i.FieldCode ?? ""))
        {
            html.Append($"<h2>{WebUtility.HtmlEncode(fieldNames.GetValueOrDefault(group.Key, "お知らせ"))}</h2>\n<ul>\n");
            foreach (var item in group)
            {
                html.Append($"  <li><strong>{WebUtility.HtmlEncode(item.Heading)}</strong><br>{WebUtility.HtmlEncode(item.Body)}</li>\n");
            }
            html.Append("</ul>\n");
        }
        return html.ToString();
    }

    public static string Text(InformationIssue issue, IReadOnlyDictionary<string, string> fieldNames)
    {
        var text = new StringBuilder($"{issue.Title}\n\n");
        foreach (var group in issue.Items.GroupBy(i => i.FieldCode ?? ""))
        {
            text.Append($"■ {fieldNames.GetValueOrDefault(group.Key, "お知らせ")}\n");
            foreach (var item in group)
            {
                text.Append($"・{item.Heading}\n  {item.Body}\n");
            }
            text.Append('\n');
        }
        return text.ToString();
    }
}
