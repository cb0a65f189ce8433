using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Manabi.Indicators.Data.Migrations
{
    /// <inheritdoc />
    internal partial class CounterItems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "items",
                schema: "indicators",
                table: "measure_counters",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Counters kept before this column: their items are the counted items of the year.
            migrationBuilder.Sql("""
                UPDATE indicators.measure_counters c SET items = i.n
                FROM (SELECT computation, fiscal_year, count(*) AS n FROM indicators.counted_items WHERE counts GROUP BY computation, fiscal_year) i
                WHERE c.computation = i.computation AND c.fiscal_year = i.fiscal_year
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "items",
                schema: "indicators",
                table: "measure_counters");
        }
    }
}
