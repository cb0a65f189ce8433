using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Http;
using Manabi.Passbook.Contracts;
using Manabi.Passbook.Data;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Manabi.Passbook;

/// <summary>Passbook: learners, their passbooks, stamps, credits and commendations.</summary>
public static class PassbookModule
{
    public const string Name = "Passbook";
    public const string Schema = "passbook";

    public static IServiceCollection AddPassbookModule(this IServiceCollection services) =>
        services.AddModule<PassbookDbContext>(Name, Schema, typeof(PassbookContractsMarker).Assembly);

    public static IEndpointRouteBuilder MapPassbookEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapModuleGroup("passbook", Name);
        return app;
    }
}
