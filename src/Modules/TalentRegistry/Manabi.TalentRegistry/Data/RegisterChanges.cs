using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Manabi.TalentRegistry.Data;

/// <summary>
/// Every write to what matching reads (people, activity records, needs and their proposals) takes a
/// number from one sequence, in commit order, so the matching's in-memory copy can ask "anything
/// after n?" with one indexed lookup, and a match computed at n stays right until the number moves. A trigger gives the number, because the raw upserts of activity records, EF's updates and
/// any future write path must all take one; the advisory lock it takes (until commit) is what makes
/// number order commit order: a reader that sees n has seen every change up to n.
/// </summary>
internal static class RegisterChanges
{
    public const string Column = "change_number";
    public const string Property = "ChangeNumber";

    /// <summary>The database gives the number; EF never writes it.</summary>
    public static void RegisterChangeNumber<T>(this EntityTypeBuilder<T> entity) where T : class
    {
        entity.Property<long>(Property).HasColumnName(Column).ValueGeneratedOnAddOrUpdate().HasDefaultValue(0L);
        entity.HasIndex(Property);
    }

    public static void CreateTriggers(MigrationBuilder migration, string schema)
    {
        migration.Sql($"""
            CREATE SEQUENCE {schema}.register_changes;
            CREATE FUNCTION {schema}.number_register_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_advisory_xact_lock(hashtextextended('{schema}.register', 0));
                NEW.{Column} := nextval('{schema}.register_changes');
                RETURN NEW;
            END $$;
            CREATE TRIGGER people_change_number BEFORE INSERT OR UPDATE ON {schema}.people
                FOR EACH ROW EXECUTE FUNCTION {schema}.number_register_change();
            CREATE TRIGGER activity_records_change_number BEFORE INSERT OR UPDATE ON {schema}.activity_records
                FOR EACH ROW EXECUTE FUNCTION {schema}.number_register_change();
            """);
    }

    /// <summary>More tables numbered by the same sequence (the function is created with the first two).</summary>
    public static void NumberTables(MigrationBuilder migration, string schema, params string[] tables)
    {
        foreach (var table in tables)
        {
            migration.Sql($"""
                CREATE TRIGGER {table}_change_number BEFORE INSERT OR UPDATE ON {schema}.{table}
                    FOR EACH ROW EXECUTE FUNCTION {schema}.number_register_change();
                """);
        }
    }

    public static void UnnumberTables(MigrationBuilder migration, string schema, params string[] tables)
    {
        foreach (var table in tables)
        {
            migration.Sql($"DROP TRIGGER {table}_change_number ON {schema}.{table};");
        }
    }

    public static void DropTriggers(MigrationBuilder migration, string schema)
    {
        migration.Sql($"""
            DROP TRIGGER activity_records_change_number ON {schema}.activity_records;
            DROP TRIGGER people_change_number ON {schema}.people;
            DROP FUNCTION {schema}.number_register_change();
            DROP SEQUENCE {schema}.register_changes;
            """);
    }
}
