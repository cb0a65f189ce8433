using Manabi.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Manabi.TalentRegistry.Data;

internal sealed class TalentRegistryDbContext(DbContextOptions<TalentRegistryDbContext> options, DbSession session)
    : ModuleDbContext(options, session)
{
    public override string Schema => TalentRegistryModule.Schema;
}

internal sealed class TalentRegistryDesignTimeFactory : IDesignTimeDbContextFactory<TalentRegistryDbContext>
{
    public TalentRegistryDbContext CreateDbContext(string[] args) =>
        DesignTimeFactory.Create<TalentRegistryDbContext>(TalentRegistryModule.Schema, (options, session) => new(options, session));
}
