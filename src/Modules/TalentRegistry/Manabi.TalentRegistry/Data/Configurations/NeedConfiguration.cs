using Manabi.TalentRegistry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.TalentRegistry.Data.Configurations;

internal sealed class NeedConfiguration : IEntityTypeConfiguration<Need>
{
    public void Configure(EntityTypeBuilder<Need> need)
    {
        need.HasKey(n => n.Id);
        need.Property(n => n.Title).HasMaxLength(200);
        need.Property(n => n.RequesterName).HasMaxLength(200);
        need.Property(n => n.Area).HasMaxLength(50);
        need.Property(n => n.OwnerSubject).HasMaxLength(200);
        need.HasIndex(n => n.OwnerSubject).HasFilter("owner_subject IS NOT NULL");
        need.Property(n => n.Requester).HasConversion<string>().HasMaxLength(30);
        need.Property(n => n.Role).HasConversion<string>().HasMaxLength(30);
        need.Property(n => n.Band).HasConversion<string>().HasMaxLength(20);
        need.Property(n => n.Status).HasConversion<string>().HasMaxLength(20);
        need.HasMany(n => n.Proposals).WithOne().HasForeignKey(p => p.NeedId);
        need.RegisterChangeNumber();
    }
}
