using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Http;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Manabi.Catalog.Data.Demo;
using Manabi.Catalog.Features.ApiKeys.IssueApiKey;
using Manabi.Catalog.Features.ApiKeys.ListApiKeys;
using Manabi.Catalog.Features.ApiKeys.RevokeApiKey;
using Manabi.Catalog.Features.Opportunities.SearchOpportunities.SearchIndex;
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
        services.AddSingleton<Features.ApiKeys.VerifyPartnerApiKey.VerifiedKeyCache>();
        services.AddScoped<Features.Opportunities.OpportunityUpserter>();
        services.AddScoped<Features.Opportunities.OpportunityReader>();
        services.AddSingleton<Features.Classification.VenueDirectory>();
        services.AddScoped<Features.Duplicates.DuplicateDetector>();
        services.AddScoped<Features.Opportunities.SearchOpportunities.OpportunityFinder>();
        services.AddSingleton<OpportunitySearchIndex>();
        services.AddHostedService<SearchIndexWarmUp>();
        services.AddHealthChecks().AddCheck<SearchIndexHealthCheck>("catalog-search", tags: ["ready"]);
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
        Features.Providers.ChangeProviderStatus.ChangeProviderStatusEndpoints.Map(group);
        Features.Classification.ListFieldsEndpoint.Map(group);
        Features.Classification.VenueEndpoints.Map(group);
        Features.Opportunities.UpsertOpportunity.UpsertOpportunityEndpoint.Map(group);
        Features.Opportunities.UpsertOpportunities.UpsertOpportunitiesEndpoint.Map(group);
        Features.Opportunities.WithdrawOpportunity.WithdrawOpportunityEndpoint.Map(group);
        Features.Opportunities.GetProviderOpportunity.GetProviderOpportunityEndpoint.Map(group);
        Features.Opportunities.ReportSessionHeld.ReportSessionHeldEndpoint.Map(group);
        Features.Opportunities.SearchOpportunities.SearchOpportunitiesEndpoint.Map(group);
        Features.Opportunities.GetOpportunity.GetOpportunityEndpoint.Map(group);
        Features.Feeds.OpportunityFeedEndpoint.Map(group);
        Features.Exports.ExportEndpoints.Map(group);
        Features.DeliveryLectures.LectureTopicEndpoints.Map(group);
        Features.DeliveryLectures.LectureRequestEndpoints.Map(group);
        Features.Information.InformationEndpoints.Map(group);
        Features.Duplicates.DuplicateEndpoints.Map(group);
        return app;
    }
}
