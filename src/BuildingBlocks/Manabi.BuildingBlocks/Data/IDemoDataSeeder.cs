namespace Manabi.BuildingBlocks.Data;

/// <summary>
/// A module's demonstration data for <c>build/run.sh</c>. Must be idempotent: running it on a
/// database that already has the data changes nothing.
/// </summary>
public interface IDemoDataSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
