using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Manabi.Indicators.Data.Migrations
{
    /// <inheritdoc />
    internal partial class RetireSliceTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // What the two slice tables counted moves into the counted items (and their counters) before they go.
            migrationBuilder.Sql("""
                WITH moved AS (
                    INSERT INTO indicators.counted_items (computation, key, occurred_on, fiscal_year, value, counts, as_of)
                    SELECT 'RegisteredProviders', provider_id::text, (registered_at AT TIME ZONE 'Asia/Tokyo')::date, fiscal_year, 1, true, registered_at
                    FROM indicators.provider_registrations
                    UNION ALL
                    SELECT 'StampRallyLearners', learner_id::text, (registered_at AT TIME ZONE 'Asia/Tokyo')::date, fiscal_year, 1, true, registered_at
                    FROM indicators.learner_registrations
                    ON CONFLICT (computation, key) DO NOTHING
                    RETURNING computation, fiscal_year)
                INSERT INTO indicators.measure_counters AS c (computation, fiscal_year, value, items)
                SELECT computation, fiscal_year, count(*), count(*) FROM moved GROUP BY computation, fiscal_year
                ON CONFLICT (computation, fiscal_year) DO UPDATE SET value = c.value + excluded.value, items = c.items + excluded.items
                """);
            migrationBuilder.DropTable(
                name: "learner_registrations",
                schema: "indicators");

            migrationBuilder.DropTable(
                name: "provider_registrations",
                schema: "indicators");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "learner_registrations",
                schema: "indicators",
                columns: table => new
                {
                    learner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    fiscal_year = table.Column<int>(type: "integer", nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_learner_registrations", x => x.learner_id);
                });

            migrationBuilder.CreateTable(
                name: "provider_registrations",
                schema: "indicators",
                columns: table => new
                {
                    provider_id = table.Column<Guid>(type: "uuid", nullable: false),
                    fiscal_year = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_provider_registrations", x => x.provider_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_learner_registrations_fiscal_year",
                schema: "indicators",
                table: "learner_registrations",
                column: "fiscal_year");

            migrationBuilder.CreateIndex(
                name: "ix_provider_registrations_fiscal_year",
                schema: "indicators",
                table: "provider_registrations",
                column: "fiscal_year");
        }
    }
}
