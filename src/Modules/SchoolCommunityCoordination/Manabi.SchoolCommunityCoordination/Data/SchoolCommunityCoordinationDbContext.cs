using Manabi.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Manabi.SchoolCommunityCoordination.Data;

internal sealed class SchoolCommunityCoordinationDbContext(DbContextOptions<SchoolCommunityCoordinationDbContext> options, DbSession session)
    : ModuleDbContext(options, session)
{
    public override string Schema => SchoolCommunityCoordinationModule.Schema;
}

internal sealed class SchoolCommunityCoordinationDesignTimeFactory : IDesignTimeDbContextFactory<SchoolCommunityCoordinationDbContext>
{
    public SchoolCommunityCoordinationDbContext CreateDbContext(string[] args) =>
        DesignTimeFactory.Create<SchoolCommunityCoordinationDbContext>(SchoolCommunityCoordinationModule.Schema, (options, session) => new(options, session));
}
