using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Http;
using Manabi.SchoolCommunityCoordination.Contracts;
using Manabi.SchoolCommunityCoordination.Data;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Manabi.SchoolCommunityCoordination;

/// <summary>SchoolCommunityCoordination: school districts, schools, coordinators and community–school activities.</summary>
public static class SchoolCommunityCoordinationModule
{
    public const string Name = "SchoolCommunityCoordination";
    public const string Schema = "school_community";

    public static IServiceCollection AddSchoolCommunityCoordinationModule(this IServiceCollection services) =>
        services.AddModule<SchoolCommunityCoordinationDbContext>(Name, Schema, typeof(SchoolCommunityCoordinationContractsMarker).Assembly);

    public static IEndpointRouteBuilder MapSchoolCommunityCoordinationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapModuleGroup("school-community", Name);
        return app;
    }
}
