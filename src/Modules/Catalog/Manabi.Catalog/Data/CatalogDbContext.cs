using Manabi.BuildingBlocks.Data;
using Manabi.Catalog.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Manabi.Catalog.Data;

internal sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options, DbSession session)
    : ModuleDbContext(options, session)
{
    public override string Schema => CatalogModule.Schema;

    public DbSet<Provider> Providers => Set<Provider>();
    public DbSet<PartnerApiKey> PartnerApiKeys => Set<PartnerApiKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Provider>(provider =>
        {
            provider.HasKey(p => p.Id);
            provider.Property(p => p.Kind).HasConversion<string>().HasMaxLength(40);
            provider.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            provider.Property(p => p.Name).HasMaxLength(200);
            provider.Property(p => p.NameKana).HasMaxLength(200);
            provider.Property(p => p.NameEn).HasMaxLength(200);
            provider.Property(p => p.ContactEmail).HasMaxLength(254);
            provider.Property(p => p.ContactPhone).HasMaxLength(30);
            provider.Property(p => p.Version).IsRowVersion();
        });
        modelBuilder.Entity<PartnerApiKey>(key =>
        {
            key.HasKey(k => k.KeyId);
            key.Property(k => k.KeyId).HasMaxLength(32);
            key.Property(k => k.Name).HasMaxLength(100);
            key.HasOne<Provider>().WithMany().HasForeignKey(k => k.ProviderId);
        });
    }
}

internal sealed class CatalogDesignTimeFactory : IDesignTimeDbContextFactory<CatalogDbContext>
{
    public CatalogDbContext CreateDbContext(string[] args) =>
        DesignTimeFactory.Create<CatalogDbContext>(CatalogModule.Schema, (options, session) => new(options, session));
}
