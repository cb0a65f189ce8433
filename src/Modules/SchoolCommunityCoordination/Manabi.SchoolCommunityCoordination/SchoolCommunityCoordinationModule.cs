using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Http;
using Manabi.SchoolCommunityCoordination.Contracts;
using Manabi.SchoolCommunityCoordination.Data;
using Manabi.SchoolCommunityCoordination.Features.Activities.CorrectSession;
using Manabi.SchoolCommunityCoordination.Features.Activities.GetActivity;
using Manabi.SchoolCommunityCoordination.Features.Activities.GetSessionTemplate;
using Manabi.SchoolCommunityCoordination.Features.Activities.ListActivities;
using Manabi.SchoolCommunityCoordination.Features.Activities.PlanActivity;
using Manabi.SchoolCommunityCoordination.Features.Activities.RecordSession;
using Manabi.SchoolCommunityCoordination.Features.Activities.UploadSessions;
using Manabi.SchoolCommunityCoordination.Features.Coordinators;
using Manabi.SchoolCommunityCoordination.Features.Coordinators.CommissionCoordinator;
using Manabi.SchoolCommunityCoordination.Features.Coordinators.EndCommission;
using Manabi.SchoolCommunityCoordination.Features.Coordinators.ListCommissions;
using Manabi.SchoolCommunityCoordination.Features.Coverage;
using Manabi.SchoolCommunityCoordination.Features.Coverage.ExportSurveySnapshot;
using Manabi.SchoolCommunityCoordination.Features.Coverage.GetCoverage;
using Manabi.SchoolCommunityCoordination.Features.Meetings.ListMeetings;
using Manabi.SchoolCommunityCoordination.Features.Meetings.RecordMeeting;
using Manabi.SchoolCommunityCoordination.Features.Schools.FlagSmallSchool;
using Manabi.SchoolCommunityCoordination.Features.Schools.ListDistricts;
using Manabi.SchoolCommunityCoordination.Features.Schools.RegisterDistrict;
using Manabi.SchoolCommunityCoordination.Features.Schools.RegisterSchool;
using Manabi.SchoolCommunityCoordination.Features.Schools.UpdateSchool;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Manabi.SchoolCommunityCoordination;

/// <summary>SchoolCommunityCoordination: school districts, schools, coordinators and community–school activities.</summary>
public static class SchoolCommunityCoordinationModule
{
    public const string Name = "SchoolCommunityCoordination";
    public const string Schema = "school_community";

    public static IServiceCollection AddSchoolCommunityCoordinationModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule<SchoolCommunityCoordinationDbContext>(Name, Schema, typeof(SchoolCommunityCoordinationContractsMarker).Assembly);
        services.AddOptions<CoverageOptions>().Bind(configuration.GetSection(CoverageOptions.Section))
            .Validate(o => Enum.IsDefined(o.SmallDistrictRule), "SchoolCommunity:SmallDistrictRule must be AllSchoolsSmall or JuniorHighSmall.")
            .ValidateOnStart();
        services.AddScoped<CoordinatorScopes>();
        services.AddSingleton<CoverageReports>();
        services.AddScoped<IDemoDataSeeder, SchoolCommunityDemoData>();
        return services;
    }

    public static IEndpointRouteBuilder MapSchoolCommunityCoordinationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapModuleGroup("school-community", Name);
        group.MapListDistricts();
        group.MapRegisterDistrict();
        group.MapRegisterSchool();
        group.MapUpdateSchool();
        group.MapFlagSmallSchool();
        group.MapCommissionCoordinator();
        group.MapEndCommission();
        group.MapListCommissions();
        group.MapPlanActivity();
        group.MapListActivities();
        group.MapGetActivity();
        group.MapRecordSession();
        group.MapCorrectSession();
        group.MapGetSessionTemplate();
        group.MapUploadSessions();
        group.MapGetCoverage();
        group.MapExportSurveySnapshot();
        group.MapRecordMeeting();
        group.MapListMeetings();
        return app;
    }
}
