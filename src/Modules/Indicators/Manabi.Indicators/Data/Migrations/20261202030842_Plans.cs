using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Manabi.Indicators.Data.Migrations
{
    /// <inheritdoc />
    internal partial class Plans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "plans",
                schema: "indicators",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    outline = table.Column<string>(type: "jsonb", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plans", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "target_revisions",
                schema: "indicators",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    measure_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    old_fiscal_year = table.Column<int>(type: "integer", nullable: false),
                    old_direction = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    old_value = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    new_fiscal_year = table.Column<int>(type: "integer", nullable: false),
                    new_direction = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    new_value = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    revised_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    revised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_target_revisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_target_revisions_plans_plan_code",
                        column: x => x.plan_code,
                        principalSchema: "indicators",
                        principalTable: "plans",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_target_revisions_plan_code_measure_code_revised_at",
                schema: "indicators",
                table: "target_revisions",
                columns: new[] { "plan_code", "measure_code", "revised_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "target_revisions",
                schema: "indicators");

            migrationBuilder.DropTable(
                name: "plans",
                schema: "indicators");
        }
    }
}
