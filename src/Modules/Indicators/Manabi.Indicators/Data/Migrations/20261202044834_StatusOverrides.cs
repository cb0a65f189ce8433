using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Manabi.Indicators.Data.Migrations
{
    /// <inheritdoc />
    internal partial class StatusOverrides : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "status_overrides",
                schema: "indicators",
                columns: table => new
                {
                    plan_code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    measure_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    fiscal_year = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    decided_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_status_overrides", x => new { x.plan_code, x.measure_code, x.fiscal_year });
                    table.ForeignKey(
                        name: "fk_status_overrides_plans_plan_code",
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
                name: "status_overrides",
                schema: "indicators");
        }
    }
}
