using System.Security.Cryptography;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Contracts;
using Manabi.BuildingBlocks.Http;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Manabi.Catalog.Domain;
using Manabi.Catalog.Features.Opportunities;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Push;

/// <summary>
/// Applies pushed opportunities of one provider in one transaction: each item is validated on its
/// own (an invalid item is rejected, the others still land), identical content changes nothing,
/// real changes get feed change numbers and integration events.
/// </summary>
internal sealed class OpportunityUpserter(CatalogDbContext db, IValidator<OpportunityInput> validator, InstructorLinks instructorLinks, TimeProvider clock)
{
    private static readonly JsonSerializerOptions HashJson = new(JsonSerializerOptions.Web);

    public async Task<IReadOnlyList<PushedItem>> UpsertAsync(
        Provider provider, IReadOnlyList<(string ExternalId, OpportunityInput Input)> items, uint? expectedVersion,
        bool byStaff, bool isDemo, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var outcomes = new PushedItem?[items.Count];
        var valid = new List<(int Index, string ExternalId, OpportunityContent Content)>();
        var fieldCodes = (await db.Fields.AsNoTracking().Select(f => f.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var venueIds = items.SelectMany(i => i.Input.Sessions ?? []).Select(s => s?.VenueId).OfType<Guid>().Distinct().ToList();
        var knownVenues = (await db.Venues.AsNoTracking().Where(v => venueIds.Contains(v.Id)).Select(v => v.Id).ToListAsync(cancellationToken)).ToHashSet();
        var externalIds = items.Select(i => i.ExternalId).ToList();
        var existing = await db.Opportunities.Include(o => o.Sessions)
            .Where(o => o.ProviderId == provider.Id && externalIds.Contains(o.ExternalId))
            .ToDictionaryAsync(o => o.ExternalId, StringComparer.Ordinal, cancellationToken);
        var activePeople = await instructorLinks.ActiveAsync(items.SelectMany(i => i.Input.Instructors ?? []).Select(i => i?.PersonId), cancellationToken);

        for (var i = 0; i < items.Count; i++)
        {
            var (externalId, input) = items[i];
            var failures = (await validator.ValidateAsync(input, cancellationToken)).Errors;
            if (failures.Count == 0)
            {
                failures = ReferenceFailures(input, fieldCodes, knownVenues);
                failures.AddRange(InstructorLinks.Failures(input.Instructors, activePeople,
                    existing.GetValueOrDefault(externalId)?.Instructors.Select(i => i.PersonId) ?? []));
            }
            // Whether the board brokered a course counts in indicators 22-2 and 26-1, so only staff decide it;
            // a partner may leave it out or repeat what staff set.
            var boardBrokered = existing.GetValueOrDefault(externalId)?.BoardBrokered ?? false;
            if (input.BoardBrokered is { } sent && sent != boardBrokered && !byStaff)
            {
                failures.Add(new ValidationFailure("BoardBrokered", new Text(
                    "教育委員会が仲介した講座かどうか（boardBrokered）は、教育委員会の職員が設定します。送らないでください。",
                    "boardBrokered is set by board staff: leave it out.").Current));
            }
            if (failures.Count > 0)
            {
                outcomes[i] = PushedItem.Rejected(externalId, new ValidationException(failures));
                continue;
            }
            valid.Add((i, externalId, ToContent(input, input.BoardBrokered ?? boardBrokered)));
        }

        var changed = new List<(int Index, LearningOpportunity Opportunity, UpsertStatus Status, bool WasPublic)>();
        foreach (var (index, externalId, content) in valid)
        {
            var hash = Hash(content);
            if (!existing.TryGetValue(externalId, out var opportunity))
            {
                opportunity = LearningOpportunity.Create(provider.Id, externalId, content, hash, now, isDemo);
                db.Opportunities.Add(opportunity);
                changed.Add((index, opportunity, UpsertStatus.Created, false));
                continue;
            }
            if (expectedVersion is { } expected && opportunity.Version != expected)
            {
                throw new PreconditionFailedException();
            }
            var wasPublic = opportunity.Status == OpportunityStatus.Published;
            if (opportunity.Apply(content, hash, now))
            {
                changed.Add((index, opportunity, UpsertStatus.Updated, wasPublic));
            }
            else
            {
                outcomes[index] = new(new UpsertOutcome(externalId, UpsertStatus.Unchanged, opportunity.Id, ETags.Format(opportunity.Version), null));
            }
        }

        var numbers = await FeedChanges.NextAsync(db, changed.Count, cancellationToken);
        for (var i = 0; i < changed.Count; i++)
        {
            changed[i].Opportunity.MarkChanged(numbers[i]);
            OpportunityEvents.Publish(db, provider, changed[i].Opportunity, changed[i].WasPublic);
        }
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (index, opportunity, status, _) in changed)
        {
            outcomes[index] = new(new UpsertOutcome(opportunity.ExternalId, status, opportunity.Id, ETags.Format(opportunity.Version), null));
        }
        return outcomes.Select(o => o!).ToList();
    }

    private static List<ValidationFailure> ReferenceFailures(OpportunityInput input, HashSet<string> fieldCodes, HashSet<Guid> venues)
    {
        var failures = new List<ValidationFailure>();
        foreach (var code in input.Fields!.Where(c => !fieldCodes.Contains(c)))
        {
            failures.Add(new ValidationFailure("Fields", new Text($"分野コード「{code}」はありません。", $"Unknown field code '{code}'.").Current));
        }
        var sessions = input.Sessions ?? [];
        for (var i = 0; i < sessions.Count; i++)
        {
            if (sessions[i].VenueId is { } venueId && !venues.Contains(venueId))
            {
                failures.Add(new ValidationFailure($"Sessions[{i}].VenueId", new Text("会場が見つかりません。", "Unknown venue.").Current));
            }
        }
        return failures;
    }

    private static OpportunityContent ToContent(OpportunityInput input, bool boardBrokered) => new(
        input.Kind!.Value,
        input.Title!.Trim(),
        input.TitleKana!.Trim(),
        input.Description?.Trim() ?? "",
        [.. input.Fields!.Distinct(StringComparer.Ordinal)],
        [.. (input.Audiences ?? []).Distinct()],
        input.Fee is 0 ? null : input.Fee,
        input.FeeNote.NullIfBlank(),
        input.Capacity,
        input.HowToApply.NullIfBlank(),
        input.ApplicationDeadline,
        [.. (input.Instructors ?? []).Select(i => new Instructor(i.Name!.Trim(), i.Kind!.Value, i.PersonId))],
        input.StampRallyEligible,
        input.StampRallyEligible ? input.CreditsPerSession!.Value : 0,
        boardBrokered,
        input.Status!.Value,
        [.. (input.Sessions ?? []).Select(s => new SessionContent(
            s.ExternalId!, s.StartsAt!.Value, s.EndsAt!.Value, s.VenueId, s.OnlineUrl,
            s.Capacity, s.SeatsRemaining, s.Status ?? SessionStatus.Scheduled))]);

    private static byte[] Hash(OpportunityContent content) => SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(content, HashJson));
}
