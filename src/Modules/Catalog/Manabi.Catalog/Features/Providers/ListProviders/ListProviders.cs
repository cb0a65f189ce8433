using FluentValidation;
using Manabi.BuildingBlocks.Contracts;
using Manabi.BuildingBlocks.Data;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Providers.ListProviders;

/// <summary>Providers staff look through: by status, kind, or part of the name or its reading; pending ones first.</summary>
/// <param name="Total">How many providers match, over all pages.</param>
/// <param name="Items">This page: pending first (they wait for a decision), then by reading.</param>
public sealed record ProviderListPage(int Total, IReadOnlyList<ProviderResponse> Items);

internal sealed record ListProvidersQuery(ProviderStatus? Status, ProviderKind? Kind, string? Q, int? Limit, int? Offset) : IQuery<ProviderListPage>
{
    public const int MaxLimit = 200;
    public const int MaxOffset = 100_000;
}

internal sealed class ListProvidersValidator : AbstractValidator<ListProvidersQuery>
{
    public ListProvidersValidator()
    {
        RuleFor(q => q.Status).IsInEnum().WithName("status");
        RuleFor(q => q.Kind).IsInEnum().WithName("kind");
        RuleFor(q => q.Q).MaximumLength(100).WithName("q");
        RuleFor(q => q.Limit).InclusiveBetween(1, ListProvidersQuery.MaxLimit).WithName("limit");
        RuleFor(q => q.Offset).InclusiveBetween(0, ListProvidersQuery.MaxOffset).WithName("offset");
    }
}

internal sealed class ListProvidersHandler(CatalogDbContext db) : IQueryHandler<ListProvidersQuery, ProviderListPage>
{
    public async ValueTask<ProviderListPage> Handle(ListProvidersQuery q, CancellationToken cancellationToken)
    {
        var providers = db.Providers.AsNoTracking();
        if (q.Status is { } status)
        {
            providers = providers.Where(p => p.Status == status);
        }
        if (q.Kind is { } kind)
        {
            providers = providers.Where(p => p.Kind == kind);
        }
        if (q.Q.NullIfBlank() is { } text)
        {
            var pattern = LikePattern.Containing(text);
            providers = providers.Where(p => EF.Functions.ILike(p.Name, pattern) || EF.Functions.ILike(p.NameKana, pattern)
                || (p.NameEn != null && EF.Functions.ILike(p.NameEn, pattern)));
        }
        var total = await providers.CountAsync(cancellationToken);
        var page = await providers
            .OrderBy(p => p.Status == ProviderStatus.Pending ? 0 : p.Status == ProviderStatus.Approved ? 1 : 2)
            .ThenBy(p => p.NameKana).ThenBy(p => p.Id)
            .Skip(q.Offset ?? 0).Take(q.Limit ?? 50)
            .ToListAsync(cancellationToken);
        return new(total, page.ConvertAll(ProviderResponse.From));
    }
}
