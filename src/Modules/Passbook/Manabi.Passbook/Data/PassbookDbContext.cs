using Manabi.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Manabi.Passbook.Data;

internal sealed class PassbookDbContext(DbContextOptions<PassbookDbContext> options, DbSession session)
    : ModuleDbContext(options, session)
{
    public override string Schema => PassbookModule.Schema;
}

internal sealed class PassbookDesignTimeFactory : IDesignTimeDbContextFactory<PassbookDbContext>
{
    public PassbookDbContext CreateDbContext(string[] args) =>
        DesignTimeFactory.Create<PassbookDbContext>(PassbookModule.Schema, (options, session) => new(options, session));
}
