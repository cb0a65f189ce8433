using Manabi.BuildingBlocks.Security;
using Manabi.Indicators.Data;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Indicators.Features.ProviderRegistrations;

/// <summary>Providers that joined the catalog in one fiscal year.</summary>
/// <param name="FiscalYear">Fiscal year by its starting calendar year (2026 = April 2026 – March 2027).</param>
/// <param name="ProvidersRegistered">Providers registered during that year.</param>
/// <param name="CumulativeProviders">Providers registered up to the end of that year.</param>
public sealed record ProvidersInFiscalYear(int FiscalYear, int ProvidersRegistered, int CumulativeProviders);

internal sealed record GetProvidersByFiscalYearQuery : IQuery<IReadOnlyList<ProvidersInFiscalYear>>;

internal sealed class GetProvidersByFiscalYearHandler(IndicatorsDbContext db)
    : IQueryHandler<GetProvidersByFiscalYearQuery, IReadOnlyList<ProvidersInFiscalYear>>
{
    public async ValueTask<IReadOnlyList<ProvidersInFiscalYear>> Handle(GetProvidersByFiscalYearQuery query, CancellationToken cancellationToken)
    {
        var perYear = await db.ProviderRegistrations.AsNoTracking()
            .GroupBy(r => r.FiscalYear)
            .Select(g => new { FiscalYear = g.Key, Count = g.Count() })
            .OrderBy(x => x.FiscalYear)
            .ToListAsync(cancellationToken);
        var cumulative = 0;
        return perYear.ConvertAll(y => new ProvidersInFiscalYear(y.FiscalYear, y.Count, cumulative += y.Count));
    }
}

internal static class GetProvidersByFiscalYearEndpoint
{
    public static void Map(IEndpointRouteBuilder group) => group
        .MapGet("/providers-by-fiscal-year", async (ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new GetProvidersByFiscalYearQuery(), ct)))
        .WithName("GetProvidersByFiscalYear")
        .WithSummary("Providers registered per fiscal year")
        .WithDescription("Counted from Catalog's provider-registered events; public, like every plan indicator.")
        .AllowAnonymous()
        .Produces<IReadOnlyList<ProvidersInFiscalYear>>()
        .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
