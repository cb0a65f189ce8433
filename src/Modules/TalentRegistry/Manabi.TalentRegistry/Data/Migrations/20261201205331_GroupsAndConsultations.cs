using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Manabi.TalentRegistry.Data.Migrations
{
    /// <inheritdoc />
    internal partial class GroupsAndConsultations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "consultations",
                schema: "talent",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    held_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    topic = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: true),
                    outcome = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    staff_member = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    followed_up_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consultations", x => x.id);
                    table.ForeignKey(
                        name: "fk_consultations_people_person_id",
                        column: x => x.person_id,
                        principalSchema: "talent",
                        principalTable: "people",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "learning_groups",
                schema: "talent",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    course_opportunity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    formed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    representative_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    representative_contact = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    member_count = table.Column<int>(type: "integer", nullable: false),
                    fields = table.Column<List<string>>(type: "text[]", nullable: false),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_learning_groups", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "learning_group_reports",
                schema: "talent",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    group_id = table.Column<Guid>(type: "uuid", nullable: false),
                    fiscal_year = table.Column<int>(type: "integer", nullable: false),
                    activity_on = table.Column<DateOnly>(type: "date", nullable: false),
                    sessions = table.Column<int>(type: "integer", nullable: false),
                    summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_learning_group_reports", x => x.id);
                    table.ForeignKey(
                        name: "fk_learning_group_reports_learning_groups_group_id",
                        column: x => x.group_id,
                        principalSchema: "talent",
                        principalTable: "learning_groups",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_consultations_held_at",
                schema: "talent",
                table: "consultations",
                column: "held_at");

            migrationBuilder.CreateIndex(
                name: "ix_consultations_person_id",
                schema: "talent",
                table: "consultations",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_learning_group_reports_group_id_fiscal_year",
                schema: "talent",
                table: "learning_group_reports",
                columns: new[] { "group_id", "fiscal_year" });

            migrationBuilder.CreateIndex(
                name: "ix_learning_groups_name",
                schema: "talent",
                table: "learning_groups",
                column: "name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "consultations",
                schema: "talent");

            migrationBuilder.DropTable(
                name: "learning_group_reports",
                schema: "talent");

            migrationBuilder.DropTable(
                name: "learning_groups",
                schema: "talent");
        }
    }
}
