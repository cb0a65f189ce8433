using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Manabi.Indicators.Data.Migrations
{
    /// <inheritdoc />
    internal partial class ConfirmedYearsTable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "confirmed_years",
                schema: "indicators",
                columns: table => new
                {
                    plan_code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    fiscal_year = table.Column<int>(type: "integer", nullable: false),
                    confirmed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    values = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_confirmed_years", x => new { x.plan_code, x.fiscal_year });
                    table.ForeignKey(
                        name: "fk_confirmed_years_plans_plan_code",
                        column: x => x.plan_code,
                        principalSchema: "indicators",
                        principalTable: "plans",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "confirmed_years",
                schema: "indicators");
        }
    }
}
