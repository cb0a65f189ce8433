using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Manabi.Indicators.Data.Migrations
{
    /// <inheritdoc />
    internal partial class CountedItemsAndEnteredValues : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "counted_items",
                schema: "indicators",
                columns: table => new
                {
                    computation = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    fiscal_year = table.Column<int>(type: "integer", nullable: false),
                    value = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    counts = table.Column<bool>(type: "boolean", nullable: false),
                    as_of = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_counted_items", x => new { x.computation, x.key });
                });

            migrationBuilder.CreateTable(
                name: "entered_values",
                schema: "indicators",
                columns: table => new
                {
                    plan_code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    measure_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    fiscal_year = table.Column<int>(type: "integer", nullable: false),
                    value = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    entered_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    entered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_entered_values", x => new { x.plan_code, x.measure_code, x.fiscal_year });
                    table.ForeignKey(
                        name: "fk_entered_values_plans_plan_code",
                        column: x => x.plan_code,
                        principalSchema: "indicators",
                        principalTable: "plans",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "measure_counters",
                schema: "indicators",
                columns: table => new
                {
                    computation = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    fiscal_year = table.Column<int>(type: "integer", nullable: false),
                    value = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_measure_counters", x => new { x.computation, x.fiscal_year });
                });

            migrationBuilder.CreateIndex(
                name: "ix_counted_items_computation_fiscal_year_occurred_on_key",
                schema: "indicators",
                table: "counted_items",
                columns: new[] { "computation", "fiscal_year", "occurred_on", "key" },
                filter: "counts");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "counted_items",
                schema: "indicators");

            migrationBuilder.DropTable(
                name: "entered_values",
                schema: "indicators");

            migrationBuilder.DropTable(
                name: "measure_counters",
                schema: "indicators");
        }
    }
}
