using Npgsql;

namespace Manabi.BuildingBlocks.Data;

/// <summary>The PostgreSQL connection (<c>ConnectionStrings:Manabi</c>) and configuration section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations when a replica starts; false when a release job runs <c>migrate</c> once instead.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>How long a starting replica waits for PostgreSQL to answer before it gives up.</summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>A connection string Npgsql accepts, naming a host.</summary>
    public static bool IsConnectionString(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }
        try
        {
            return !string.IsNullOrWhiteSpace(new NpgsqlConnectionStringBuilder(value).Host);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
