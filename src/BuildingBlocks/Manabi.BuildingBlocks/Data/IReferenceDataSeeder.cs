namespace Manabi.BuildingBlocks.Data;

/// <summary>
/// Data a module needs before it serves anyone (not demonstration data): put in place right after the
/// migrations, by the same step. Must be idempotent, and safe when several replicas start together.
/// </summary>
public interface IReferenceDataSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
