using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Http;
using Manabi.Indicators.Contracts;
using Manabi.Indicators.Data;
using Manabi.Indicators.Features.ProviderRegistrations.GetProvidersByFiscalYear;
using Manabi.Indicators.Features.StampRally.GetStampRallyByFiscalYear;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Manabi.Indicators;

/// <summary>Indicators: the plan's indicators, computed from what the other modules report.</summary>
public static class IndicatorsModule
{
    public const string Name = "Indicators";
    public const string Schema = "indicators";

    public static IServiceCollection AddIndicatorsModule(this IServiceCollection services) =>
        services.AddModule<IndicatorsDbContext>(Name, Schema, typeof(IndicatorsContractsMarker).Assembly);

    public static IEndpointRouteBuilder MapIndicatorsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapModuleGroup("indicators", Name);
        group.MapGetProvidersByFiscalYear();
        group.MapGetStampRallyByFiscalYear();
        return app;
    }
}
