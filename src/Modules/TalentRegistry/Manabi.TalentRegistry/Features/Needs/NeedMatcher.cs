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

    /// <summary>The candidates and the people left out (the best 50 of each for staff's list, or all of them to check one proposal).</summary>
    public async Task<MatchList> MatchAsync(Need need, CancellationToken cancellationToken, int take = MaxCandidates, RegisterSnapshot? register = null)
    {
        var today = clock.Today();
        var wanted = FieldCatalog.Covering(await fieldCatalog.GetAsync(sender, cancellationToken), need.Fields);
        register ??= await matchingRegister.CurrentAsync(cancellationToken);
        // Candidates share a field with the need (or, for a need that names none, its area): the rest
        // of the register is not a match to rank or explain.
        var people = register.People.Values
            .Where(p => p.Roles.Contains(need.Role) && (wanted.Count > 0 ? p.Fields.Any(wanted.Contains) : need.Area == null || p.Area == need.Area))
            .ToList();
        var busy = await Assigned(need, cancellationToken);
        var proposed = need.Proposals.Select(p => p.PersonId).ToHashSet();

        // Scores for everyone, words only for those shown: a busy field has thousands of candidates.
        var scored = new List<(Person Person, int FieldScore, bool SameArea, int Recent)>();
        var excluded = new List<(Person Person, int FieldScore, bool SameArea, string Code, string Text)>();
        foreach (var person in people)
        {
            var fieldScore = person.Fields.Count(wanted.Contains);
            var sameArea = need.Area is not null && person.Area == need.Area;
            if (Excluded(person, need, today, busy, proposed, options.Value) is { } reason)
            {
                excluded.Add((person, fieldScore, sameArea, reason.Code, reason.Text));
                continue;
            }
            scored.Add((person, fieldScore, sameArea, register.RecentActivities(person.Id, today)));
        }
        var ranked = scored
            .OrderByDescending(m => m.FieldScore > 0).ThenByDescending(m => m.SameArea).ThenBy(m => m.Recent)
            .ThenByDescending(m => m.FieldScore).ThenBy(m => m.Person.Id)
            .Take(take).Select(m => new Match(m.Person.Id, m.Person.Name, m.Person.Roles, m.Person.Fields, m.Person.Area, m.Recent, m.FieldScore,
                m.SameArea, Reasons(m.Person, need, wanted, m.SameArea, m.Recent)))
            .ToList();
        // The closest of those left out first: the ones staff would have expected to see.
        var shownExcluded = excluded
            .OrderByDescending(e => e.FieldScore).ThenByDescending(e => e.SameArea).ThenBy(e => e.Person.Id)
            .Take(take).Select(e => new Exclusion(e.Person.Id, e.Person.Name, e.Code, e.Text)).ToList();
        return new(ranked, shownExcluded, excluded.Count,
            excluded.GroupBy(e => e.Code).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()));
    }

    private static List<string> Reasons(Person person, Need need, HashSet<string> wanted, bool sameArea, int recent)
    {
        var reasons = new List<string>();
        if (person.Fields.Any(wanted.Contains)) reasons.Add($"分野が一致（{string.Join("・", person.Fields.Where(wanted.Contains))}）");
        if (sameArea) reasons.Add($"地区が同じ（{need.Area}）");
        if (need.OnlinePossible && person.TeachesOnline) reasons.Add("オンライン可");
        reasons.Add(recent == 0 ? "この1年の活動なし（新しい方に声をかける機会）" : $"この1年の活動 {recent} 回");
        return reasons;
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
/// <param name="Excluded">Candidates left out, each with the reason: the closest to the need first (up to 50).</param>
/// <param name="ExcludedTotal">How many candidates were left out in all.</param>
/// <param name="ExcludedByReason">How many for each reason code.</param>
public sealed record MatchList(IReadOnlyList<Match> Matches, IReadOnlyList<Exclusion> Excluded, int ExcludedTotal, IReadOnlyDictionary<string, int> ExcludedByReason);

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
