using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Http;
using Manabi.Catalog.Data;
using Manabi.Catalog.Features.Opportunities;
using Mediator;

namespace Manabi.Catalog.Features.Push.UpsertOpportunities;

/// <summary>Up to <see cref="MaxItems"/> opportunities of one provider; a partner system (<paramref name="CallerProviderId"/>) pushes only its own.</summary>
internal sealed record UpsertOpportunitiesCommand(Guid ProviderId, IReadOnlyList<BatchItem>? Items, Guid? CallerProviderId) : ICommand<BatchResult>
{
    public const int MaxItems = 1000;
}

/// <summary>One item of a batch.</summary>
/// <param name="ExternalId">The provider's own id of the opportunity.</param>
/// <param name="Opportunity">The opportunity, as for the single PUT.</param>
/// <remarks>Each item's id is checked on its own (a bad one rejects that item, not the batch), against the single PUT's pattern.</remarks>
public sealed record BatchItem([property: MaxLength(OpportunityInputValidator.ExternalIdMaxLength)] string? ExternalId, OpportunityInput? Opportunity);

/// <summary>Per-item results, in the order sent, and their totals.</summary>
public sealed record BatchResult(int Created, int Updated, int Unchanged, int Rejected, IReadOnlyList<UpsertOutcome> Results);

internal sealed class UpsertOpportunitiesValidator : AbstractValidator<UpsertOpportunitiesCommand>
{
    public UpsertOpportunitiesValidator() =>
        RuleFor(c => c.Items).NotEmpty().MaxItems(UpsertOpportunitiesCommand.MaxItems)
            .Named("items", "items")
            .Says("items は 1〜1000 件で指定してください。", "Send 1 to 1,000 items.");
}

internal sealed class UpsertOpportunitiesHandler(CatalogDbContext db, OpportunityUpserter upserter) : ICommandHandler<UpsertOpportunitiesCommand, BatchResult>
{
    private static readonly Text BadExternalId = new("externalId は 1〜100 文字の英数字と ._:~- で指定してください。", "externalId must be 1 to 100 of A–Z, a–z, 0–9 and ._:~-.");
    private static readonly Text Repeated = new("同じ externalId が前の項目にあります。", "The same externalId appears earlier in this batch.");
    private static readonly Text MissingItem = new("項目が null です。", "The item is null.");
    private static readonly Text Missing = new("opportunity がありません。", "opportunity is missing.");

    public async ValueTask<BatchResult> Handle(UpsertOpportunitiesCommand command, CancellationToken cancellationToken)
    {
        var provider = await ProviderScope.ResolveForChangeAsync(db, command.ProviderId, command.CallerProviderId, cancellationToken);
        var results = new PushedItem?[command.Items!.Count];
        var accepted = new List<(int Index, string ExternalId, OpportunityInput Input)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < command.Items.Count; i++)
        {
            var item = command.Items[i];
            var externalId = item?.ExternalId ?? "";
            var problem = item is null ? MissingItem
                : !Regex.IsMatch(externalId, OpportunityInputValidator.ExternalIdPattern) ? BadExternalId
                : !seen.Add(externalId) ? Repeated
                : item.Opportunity is null ? Missing
                : null;
            if (problem is not null)
            {
                results[i] = PushedItem.Rejected(externalId, new BusinessRuleException(problem, "invalid-batch-item"));
                continue;
            }
            accepted.Add((i, externalId, item!.Opportunity!));
        }
        var outcomes = await upserter.UpsertAsync(provider, accepted.ConvertAll(a => (a.ExternalId, a.Input)), null,
            byStaff: command.CallerProviderId is null, isDemo: false, cancellationToken);
        for (var i = 0; i < accepted.Count; i++)
        {
            results[accepted[i].Index] = outcomes[i];
        }
        // Each rejected item's problem points at its place in the request.
        var all = results.Select((r, i) => r!.Rejection is { } rejection ? r.Outcome with { Problem = ProblemExceptionHandler.ToJson(rejection, $"#/items/{i}") } : r.Outcome).ToList();
        return new BatchResult(
            all.Count(r => r.Status == UpsertStatus.Created), all.Count(r => r.Status == UpsertStatus.Updated),
            all.Count(r => r.Status == UpsertStatus.Unchanged), all.Count(r => r.Status == UpsertStatus.Rejected), all);
    }
}
