using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Manabi.TalentRegistry.Data.Migrations
{
    /// <inheritdoc />
    internal partial class Needs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "insured_until",
                schema: "talent",
                table: "people",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "needs",
                schema: "talent",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    requester = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    requester_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    role = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    fields = table.Column<List<string>>(type: "text[]", nullable: false),
                    area = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    dates = table.Column<List<DateOnly>>(type: "date[]", nullable: false),
                    band = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    people_needed = table.Column<int>(type: "integer", nullable: false),
                    online_possible = table.Column<bool>(type: "boolean", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_needs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "proposals",
                schema: "talent",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    need_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    proposed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_proposals", x => x.id);
                    table.ForeignKey(
                        name: "fk_proposals_needs_need_id",
                        column: x => x.need_id,
                        principalSchema: "talent",
                        principalTable: "needs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_proposals_people_person_id",
                        column: x => x.person_id,
                        principalSchema: "talent",
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_proposals_need_id_person_id",
                schema: "talent",
                table: "proposals",
                columns: new[] { "need_id", "person_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_proposals_person_id_status",
                schema: "talent",
                table: "proposals",
                columns: new[] { "person_id", "status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "proposals",
                schema: "talent");

            migrationBuilder.DropTable(
                name: "needs",
                schema: "talent");

            migrationBuilder.DropColumn(
                name: "insured_until",
                schema: "talent",
                table: "people");
        }
    }
}
