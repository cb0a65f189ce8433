using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Http;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Manabi.Catalog.Features.ApiKeys.IssueApiKey;
using Manabi.Catalog.Features.ApiKeys.ListApiKeys;
using Manabi.Catalog.Features.ApiKeys.RevokeApiKey;
using Manabi.Catalog.Features.Providers.GetProvider;
using Manabi.Catalog.Features.Providers.RegisterProvider;
using Manabi.Catalog.Features.Providers.UpdateProvider;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Manabi.Catalog;

/// <summary>Catalog: providers, their learning opportunities, delivery lectures and information provision.</summary>
public static class CatalogModule
{
    public const string Name = "Catalog";
    public const string Schema = "catalog";

    public static IServiceCollection AddCatalogModule(this IServiceCollection services)
    {
        services.AddModule<CatalogDbContext>(Name, Schema, typeof(CatalogContractsMarker).Assembly);
        services.AddScoped<IDemoDataSeeder, CatalogDemoData>();
        return services;
    }

    public static IEndpointRouteBuilder MapCatalogEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapModuleGroup("catalog", Name);
        RegisterProviderEndpoint.Map(group);
        GetProviderEndpoint.Map(group);
        UpdateProviderEndpoint.Map(group);
        IssueApiKeyEndpoint.Map(group);
        ListApiKeysEndpoint.Map(group);
        RevokeApiKeyEndpoint.Map(group);
        return app;
    }
}
