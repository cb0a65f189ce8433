using System.Text.Json;
using System.Text.Json.Serialization;
using Manabi.Indicators.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.Indicators.Data.Configurations;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    // Enums by name, so reordering one in code never changes what a stored plan means.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public void Configure(EntityTypeBuilder<Plan> plan)
    {
        plan.HasKey(p => p.Code);
        plan.Property(p => p.Code).HasMaxLength(50);
        plan.Property(p => p.UpdatedBy).HasMaxLength(200);
        // The outline is read and replaced whole, never queried inside: one jsonb document.
        plan.Property(p => p.Outline).HasColumnType("jsonb").HasConversion(
            outline => JsonSerializer.Serialize(outline, Json),
            json => JsonSerializer.Deserialize<PlanOutline>(json, Json)!,
            new ValueComparer<PlanOutline>(
                (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                o => JsonSerializer.Serialize(o, Json).GetHashCode(StringComparison.Ordinal),
                o => o));
        plan.Property(p => p.Version).IsRowVersion();
    }
}
