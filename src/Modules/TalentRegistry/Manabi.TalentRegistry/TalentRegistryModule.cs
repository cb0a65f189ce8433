using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Http;
using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Data;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Manabi.TalentRegistry;

/// <summary>TalentRegistry: the people who teach, volunteer and lead, their activity, learning groups and consultations.</summary>
public static class TalentRegistryModule
{
    public const string Name = "TalentRegistry";
    public const string Schema = "talent";

    public static IServiceCollection AddTalentRegistryModule(this IServiceCollection services) =>
        services.AddModule<TalentRegistryDbContext>(Name, Schema, typeof(TalentRegistryContractsMarker).Assembly);

    public static IEndpointRouteBuilder MapTalentRegistryEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapModuleGroup("talent", Name);
        return app;
    }
}
