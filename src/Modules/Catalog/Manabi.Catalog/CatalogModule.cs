using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Http;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Manabi.Catalog.Data.Demo;
using Manabi.Catalog.Features.ApiKeys.IssueApiKey;
using Manabi.Catalog.Features.ApiKeys.ListApiKeys;
using Manabi.Catalog.Features.ApiKeys.RevokeApiKey;
using Manabi.Catalog.Features.ApiKeys.VerifyPartnerApiKey;
using Manabi.Catalog.Features.Classification;
using Manabi.Catalog.Features.Classification.GetActivityList;
using Manabi.Catalog.Features.Classification.ListFields;
using Manabi.Catalog.Features.Classification.GetVenue;
using Manabi.Catalog.Features.Classification.ListVenues;
using Manabi.Catalog.Features.Classification.RegisterVenue;
using Manabi.Catalog.Features.Classification.UpdateVenue;
using Manabi.Catalog.Features.DeliveryLectures.AddLectureTopic;
using Manabi.Catalog.Features.DeliveryLectures.CancelLectureRequest;
using Manabi.Catalog.Features.DeliveryLectures.ListLectureRequests;
using Manabi.Catalog.Features.DeliveryLectures.ListLectureTopics;
using Manabi.Catalog.Features.DeliveryLectures.MoveLectureRequest;
using Manabi.Catalog.Features.DeliveryLectures.SubmitLectureRequest;
using Manabi.Catalog.Features.DeliveryLectures.TrackLectureRequest;
using Manabi.Catalog.Features.DeliveryLectures.UpdateLectureTopic;
using Manabi.Catalog.Features.Duplicates;
using Manabi.Catalog.Features.Duplicates.DecideDuplicateCandidate;
using Manabi.Catalog.Features.Duplicates.ListDuplicateCandidates;
using Manabi.Catalog.Features.Exports.ExportEventListCsv;
using Manabi.Catalog.Features.Exports.GetCalendar;
using Manabi.Catalog.Features.Feeds.GetOpportunityFeed;
using Manabi.Catalog.Features.Information.DraftDigest;
using Manabi.Catalog.Features.Information.DraftIssue;
using Manabi.Catalog.Features.Information.EditIssue;
using Manabi.Catalog.Features.Information.GetIssue;
using Manabi.Catalog.Features.Information.ListAllIssues;
using Manabi.Catalog.Features.Information.ListPublishedIssues;
using Manabi.Catalog.Features.Information.PublishIssue;
using Manabi.Catalog.Features.Opportunities;
using Manabi.Catalog.Features.Opportunities.GetOpportunity;
using Manabi.Catalog.Features.Opportunities.GetProviderOpportunity;
using Manabi.Catalog.Features.Opportunities.ListProviderOpportunities;
using Manabi.Catalog.Features.Opportunities.ReportSessionHeld;
using Manabi.Catalog.Features.Opportunities.WithdrawOpportunity;
using Manabi.Catalog.Features.Providers.ApproveProvider;
using Manabi.Catalog.Features.Providers.GetProvider;
using Manabi.Catalog.Features.Providers.ListProviders;
using Manabi.Catalog.Features.Providers.RegisterProvider;
using Manabi.Catalog.Features.Providers.SuspendProvider;
using Manabi.Catalog.Features.Providers.UpdateProvider;
using Manabi.Catalog.Features.Push;
using Manabi.Catalog.Features.Push.UpsertOpportunities;
using Manabi.Catalog.Features.Push.UpsertOpportunity;
using Manabi.Catalog.Features.Search;
using Manabi.Catalog.Features.Search.SearchIndex;
using Manabi.Catalog.Features.Search.SearchOpportunities;
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
        services.AddSingleton<VerifiedKeyCache>();
        services.AddScoped<OpportunityUpserter>();
        services.AddScoped<InstructorLinks>();
        services.AddScoped<OpportunityReader>();
        services.AddSingleton<VenueDirectory>();
        services.AddScoped<DuplicateDetector>();
        services.AddScoped<OpportunityFinder>();
        services.AddSingleton<OpportunitySearchIndex>();
        services.AddHostedService<SearchIndexWarmUp>();
        services.AddHostedService<SearchIndexMetrics>();
        services.AddHealthChecks().AddCheck<SearchIndexHealthCheck>("catalog-search", tags: ["ready"]);
        return services;
    }

    public static IEndpointRouteBuilder MapCatalogEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapModuleGroup("catalog", Name);
        group.MapListProviders();
        group.MapRegisterProvider();
        group.MapGetProvider();
        group.MapUpdateProvider();
        group.MapIssueApiKey();
        group.MapListApiKeys();
        group.MapRevokeApiKey();
        group.MapApproveProvider();
        group.MapSuspendProvider();
        group.MapListFields();
        group.MapGetActivityList();
        group.MapListVenues();
        group.MapRegisterVenue();
        group.MapGetVenue();
        group.MapUpdateVenue();
        group.MapUpsertOpportunity();
        group.MapUpsertOpportunities();
        group.MapWithdrawOpportunity();
        group.MapListProviderOpportunities();
        group.MapGetProviderOpportunity();
        group.MapReportSessionHeld();
        group.MapSearchOpportunities();
        group.MapGetOpportunity();
        group.MapGetOpportunityFeed();
        group.MapExportEventListCsv();
        group.MapGetCalendar();
        group.MapListLectureTopics();
        group.MapAddLectureTopic();
        group.MapUpdateLectureTopic();
        group.MapSubmitLectureRequest();
        group.MapTrackLectureRequest();
        group.MapCancelLectureRequest();
        group.MapListLectureRequests();
        group.MapMoveLectureRequest();
        group.MapListPublishedIssues();
        group.MapListAllIssues();
        group.MapGetIssue();
        group.MapDraftIssue();
        group.MapEditIssue();
        group.MapPublishIssue();
        group.MapDraftDigest();
        group.MapListDuplicateCandidates();
        group.MapDecideDuplicateCandidate();
        return app;
    }
}
