using Manabi.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Manabi.BuildingBlocks.Data;

/// <summary>
/// Builds a module DbContext for <c>dotnet ef migrations</c>, which needs the model but no database.
/// </summary>
public static class DesignTimeFactory
{
    public static TContext Create<TContext>(string schema, Func<DbContextOptions<TContext>, DbSession, TContext> create)
        where TContext : ModuleDbContext
    {
        var dataSource = NpgsqlDataSource.Create("Host=localhost;Database=manabi_design_time");
        var session = new DbSession(dataSource, new OutboxSignal());
        var options = new DbContextOptionsBuilder<TContext>();
        ModuleServiceCollectionExtensions.Configure(options, session.Connection, schema);
        return create(options.Options, session);
    }
}
