using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Http;
using Manabi.Indicators.Contracts;
using Manabi.Indicators.Data;
using Manabi.Indicators.Features.Actuals;
using Manabi.Indicators.Features.Actuals.ConfirmYear;
using Manabi.Indicators.Features.Actuals.Counting;
using Manabi.Indicators.Features.Actuals.EnterValue;
using Manabi.Indicators.Features.Actuals.ExportPlan;
using Manabi.Indicators.Features.Actuals.GetComputationSeries;
using Manabi.Indicators.Features.Actuals.GetPlanReport;
using Manabi.Indicators.Features.Actuals.ListCountedItems;
using Manabi.Indicators.Features.Actuals.OverrideStatus;
using Manabi.Indicators.Features.Plans.GetPlan;
using Manabi.Indicators.Features.Plans.ListPlans;
using Manabi.Indicators.Features.Plans.ListTargetRevisions;
using Manabi.Indicators.Features.Plans.LoadPlan;
using Manabi.Indicators.Features.Plans.ReviseTarget;
using Manabi.Indicators.Features.Surveys;
using Manabi.Indicators.Features.Surveys.CreateSurvey;
using Manabi.Indicators.Features.Surveys.EnterPaperAnswers;
using Manabi.Indicators.Features.Surveys.FindResponseCode;
using Manabi.Indicators.Features.Surveys.IssueResponseCodes;
using Manabi.Indicators.Features.Surveys.ListResponseCodes;
using Manabi.Indicators.Features.Surveys.OpenWave;
using Manabi.Indicators.Features.Surveys.SubmitAnswers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Manabi.Indicators;

/// <summary>Indicators: the plan's indicators, computed from what the other modules report.</summary>
public static class IndicatorsModule
{
    public const string Name = "Indicators";
    public const string Schema = "indicators";

    public static IServiceCollection AddIndicatorsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule<IndicatorsDbContext>(Name, Schema, typeof(IndicatorsContractsMarker).Assembly);
        services.AddOptions<IndicatorsOptions>().Bind(configuration.GetSection(IndicatorsOptions.Section))
            .Validate(o => string.IsNullOrEmpty(o.SeedPlan) || PlanSeeder.IsBundled(o.SeedPlan), "Indicators:SeedPlan names no bundled plan (chitose, or empty).")
            .Validate(o => o.AnswersFreshFor >= TimeSpan.Zero && o.AnswersFreshFor <= TimeSpan.FromMinutes(1), "Indicators:AnswersFreshFor must be between 00:00:00 and 00:01:00.")
            .ValidateOnStart();
        services.AddScoped<IReferenceDataSeeder, PlanSeeder>();
        services.AddScoped<Tally>();
        services.AddScoped<SchoolCoverage>();
        services.AddScoped<SurveyAnswering>();
        services.AddScoped<MeasureValues>();
        services.AddSingleton<AnswerCache>();
        return services;
    }

    public static IEndpointRouteBuilder MapIndicatorsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapModuleGroup("indicators", Name);
        group.MapListPlans();
        group.MapGetPlan();
        group.MapLoadPlan();
        group.MapReviseTarget();
        group.MapListTargetRevisions();
        group.MapGetPlanReport();
        group.MapListCountedItems();
        group.MapGetComputationSeries();
        group.MapEnterValue();
        group.MapExportPlan();
        group.MapOverrideStatus();
        group.MapConfirmYear();
        group.MapCreateSurvey();
        group.MapOpenWave();
        group.MapIssueResponseCodes();
        group.MapListResponseCodes();
        group.MapFindResponseCode();
        group.MapSubmitAnswers();
        group.MapEnterPaperAnswers();
        return app;
    }
}
