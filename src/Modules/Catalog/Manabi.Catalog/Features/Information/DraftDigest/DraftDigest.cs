using System.Globalization;
using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Contracts;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Manabi.Catalog.Domain;
using Manabi.Catalog.Features.Opportunities;
using Manabi.Catalog.Features.Search;
using Manabi.Catalog.Features.Search.SearchOpportunities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Information.DraftDigest;

internal sealed record DraftDigestCommand(InformationChannel? Channel, DateOnly? From, DateOnly? To, string? Title) : ICommand<DigestResponse>;

/// <summary>The drafted issue and its renderings, ready for staff to edit.</summary>
public sealed record DigestResponse(InformationIssueResponse Issue, string Html, string Text);

internal sealed class DraftDigestValidator : AbstractValidator<DraftDigestCommand>
{
    public DraftDigestValidator()
    {
        RuleFor(c => c.Channel).NotNull().IsInEnum().WithName("channel");
        RuleFor(c => c.From).NotNull().WithName("from");
        RuleFor(c => c.To).NotNull().WithName("to")
            .GreaterThanOrEqualTo(c => c.From).Says("to（終わりの日）は from（始まりの日）と同じか後の日にしてください。", "to must be on or after from.")
            .Must((c, to) => c.From is null || to!.Value.DayNumber - c.From.Value.DayNumber <= 92)
            .Says("期間は92日以内にしてください。", "The period can be at most 92 days.");
        RuleFor(c => c.Title).MaximumLength(200);
    }
}

internal sealed class DraftDigestHandler(CatalogDbContext db, OpportunityFinder finder, OpportunityReader reader, TimeProvider clock) : ICommandHandler<DraftDigestCommand, DigestResponse>
{

    public async ValueTask<DigestResponse> Handle(DraftDigestCommand c, CancellationToken cancellationToken)
    {
        var from = JapanTime.StartOf(c.From!.Value);
        var to = JapanTime.StartOf(c.To!.Value.AddDays(1));
        var criteria = new SearchOpportunitiesQuery { From = from, To = to, Sort = "date" };
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
        var title = string.IsNullOrWhiteSpace(c.Title) ? $"学習情報 {JapaneseDates.Date(c.From!.Value)}〜{JapaneseDates.Date(c.To!.Value)}" : c.Title;
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
