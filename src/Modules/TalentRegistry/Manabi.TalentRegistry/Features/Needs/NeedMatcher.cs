using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Domain;
using Manabi.TalentRegistry.Features.People;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Manabi.TalentRegistry.Features.Needs;

/// <summary>
/// Ranks the active people with the role a need asks for who share a field (a top-level field
/// covers its sub-fields) or the area with it: field match first, then area, availability on every date, and recent load — fewer
/// activities in the last twelve calendar months (and this one) rank higher, so the same few leaders are not asked every
/// time. Everyone left out is listed with the reason.
/// </summary>
internal sealed class NeedMatcher(
    TalentRegistryDbContext db, MatchingRegister matchingRegister, ISender sender, FieldCatalog fieldCatalog, IOptions<TalentOptions> options, TimeProvider clock)
{
    public const int MaxCandidates = 50;

    /// <summary>The candidates (the best 50 for staff's list, or all of them to check one proposal) and the people left out.</summary>
    public async Task<MatchList> MatchAsync(Need need, CancellationToken cancellationToken, int take = MaxCandidates)
    {
        var today = clock.Today();
        var wanted = FieldCatalog.Covering(await fieldCatalog.GetAsync(sender, cancellationToken), need.Fields);
        var register = await matchingRegister.CurrentAsync(cancellationToken);
        // Candidates share a field with the need (or, for a need that names none, its area): the rest
        // of the register is not a match to rank or explain.
        var people = register.People.Values
            .Where(p => p.Roles.Contains(need.Role) && (wanted.Count > 0 ? p.Fields.Any(wanted.Contains) : need.Area == null || p.Area == need.Area))
            .ToList();
        var busy = await Assigned(need, cancellationToken);
        var proposed = need.Proposals.Select(p => p.PersonId).ToHashSet();

        var matches = new List<Match>();
        var excluded = new List<Exclusion>();
        foreach (var person in people)
        {
            if (Excluded(person, need, today, busy, proposed, options.Value) is { } reason)
            {
                excluded.Add(new(person.Id, person.Name, reason.Code, reason.Text));
                continue;
            }
            var reasons = new List<string>();
            var fieldScore = person.Fields.Count(wanted.Contains);
            if (fieldScore > 0) reasons.Add($"分野が一致（{string.Join("・", person.Fields.Where(wanted.Contains))}）");
            var sameArea = need.Area is not null && person.Area == need.Area;
            if (sameArea) reasons.Add($"地区が同じ（{need.Area}）");
            if (need.OnlinePossible && person.TeachesOnline) reasons.Add("オンライン可");
            var recent = register.RecentActivities(person.Id, today);
            reasons.Add(recent == 0 ? "この1年の活動なし（新しい方に声をかける機会）" : $"この1年の活動 {recent} 回");
            matches.Add(new(person.Id, person.Name, person.Roles, person.Fields, person.Area, recent, fieldScore, sameArea, reasons));
        }
        var ranked = matches
            .OrderByDescending(m => m.FieldMatches > 0).ThenByDescending(m => m.SameArea).ThenBy(m => m.RecentActivities)
            .ThenByDescending(m => m.FieldMatches).ThenBy(m => m.PersonId)
            .Take(take).ToList();
        return new(ranked, excluded);
    }

    private static (string Code, string Text)? Excluded(Person person, Need need, DateOnly today, HashSet<Guid> busy, HashSet<Guid> proposed, TalentOptions rules)
    {
        var status = person.StatusOn(today);
        if (status != PersonStatus.Active) return ("not-active", $"登録状況が「{PersonStatusNames.Ja(status)}」");
        if (proposed.Contains(person.Id)) return ("already-proposed", "この依頼にご案内済み");
        if (Person.NeedsInsurance(need.Role) && (person.InsuredUntil is not { } until || until < need.Dates.Max()))
            return ("gate-lapsed", "ボランティア活動保険が依頼の日に有効でない");
        if (person.MissingTrainings(rules.TrainingsFor(need.Role), need.Dates.Max(), rules.TrainingValidYears) is [_, ..] missing)
            return ("gate-lapsed", $"必要な研修（{string.Join("・", missing)}）が未受講か有効期限切れ");
        if (busy.Contains(person.Id)) return ("already-assigned", "同じ日時に別の依頼を引き受け済み");
        if (!need.Dates.All(d => person.IsAvailable(d, need.Band))) return ("unavailable", "依頼の日時に活動できない（曜日・時間帯か不在期間）");
        return null;
    }

    /// <summary>People already assigned (accepted) to another open need on one of this one's dates, in the same part of the day.</summary>
    private async Task<HashSet<Guid>> Assigned(Need need, CancellationToken cancellationToken)
    {
        var dates = need.Dates;
        return (await db.Proposals.AsNoTracking()
            .Where(p => p.Status == ProposalStatus.Accepted && p.NeedId != need.Id)
            .Where(p => db.Needs.Any(n => n.Id == p.NeedId && n.Status == NeedStatus.Open && n.Band == need.Band && n.Dates.Any(d => dates.Contains(d))))
            .Select(p => p.PersonId).ToListAsync(cancellationToken)).ToHashSet();
    }
}

/// <summary>Ranked candidates and who was left out, with why.</summary>
/// <param name="Matches">Best first (up to 50).</param>
/// <param name="Excluded">People with the role who were left out, each with the reason.</param>
public sealed record MatchList(IReadOnlyList<Match> Matches, IReadOnlyList<Exclusion> Excluded);

/// <summary>A candidate and why they matched.</summary>
/// <param name="PersonId">Who.</param>
/// <param name="Name">Name.</param>
/// <param name="Roles">Roles held.</param>
/// <param name="Fields">Their fields.</param>
/// <param name="Area">Their area.</param>
/// <param name="RecentActivities">Activities this calendar month and the twelve before (fewer rank higher).</param>
/// <param name="FieldMatches">How many of their fields the need covers.</param>
/// <param name="SameArea">Whether they are in the need's area.</param>
/// <param name="Reasons">Why they matched, in Japanese.</param>
public sealed record Match(Guid PersonId, string Name, IReadOnlyList<TalentRole> Roles, IReadOnlyList<string> Fields, string? Area, int RecentActivities,
    int FieldMatches, bool SameArea, IReadOnlyList<string> Reasons);

/// <summary>Someone left out.</summary>
/// <param name="PersonId">Who.</param>
/// <param name="Name">Name.</param>
/// <param name="Code">not-active, already-proposed, gate-lapsed, already-assigned or unavailable.</param>
/// <param name="Reason">The same in Japanese.</param>
public sealed record Exclusion(Guid PersonId, string Name, string Code, string Reason);
