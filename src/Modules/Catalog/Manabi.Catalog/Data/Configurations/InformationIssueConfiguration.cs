using Manabi.Catalog.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.Catalog.Data.Configurations;

internal sealed class InformationIssueConfiguration : IEntityTypeConfiguration<InformationIssue>
{
    public void Configure(EntityTypeBuilder<InformationIssue> issue)
    {
        issue.HasKey(i => i.Id);
        issue.Property(i => i.Channel).HasConversion<string>().HasMaxLength(20);
        issue.Property(i => i.Title).HasMaxLength(200);
        JsonColumn.StoreAsJson(issue.Property(i => i.Items));
        issue.Property(i => i.Version).IsRowVersion();
        issue.HasIndex(i => new { i.Published, i.IssueDate });
    }
}
