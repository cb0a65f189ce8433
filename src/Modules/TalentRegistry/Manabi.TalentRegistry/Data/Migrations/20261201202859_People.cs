using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Manabi.TalentRegistry.Data.Migrations
{
    /// <inheritdoc />
    internal partial class People : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "people",
                schema: "talent",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name_kana = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    birth_year = table.Column<int>(type: "integer", nullable: false),
                    contact = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    area = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    school_district = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    roles = table.Column<int[]>(type: "integer[]", nullable: false),
                    fields = table.Column<List<string>>(type: "text[]", nullable: false),
                    skills = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    qualifications = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    availability = table.Column<List<int>>(type: "integer[]", nullable: false),
                    teaches_online = table.Column<bool>(type: "boolean", nullable: false),
                    public_profile = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    consent_version = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    consented_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    publication_consented_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    term_ends_on = table.Column<DateOnly>(type: "date", nullable: true),
                    erased_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    unavailable = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_people", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "activity_records",
                schema: "talent",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    hours = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    source = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    occurrence_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    voided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    void_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activity_records", x => x.id);
                    table.ForeignKey(
                        name: "fk_activity_records_people_person_id",
                        column: x => x.person_id,
                        principalSchema: "talent",
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_activity_records_person_id_date",
                schema: "talent",
                table: "activity_records",
                columns: new[] { "person_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_activity_records_person_id_occurrence_key",
                schema: "talent",
                table: "activity_records",
                columns: new[] { "person_id", "occurrence_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_people_status_term_ends_on",
                schema: "talent",
                table: "people",
                columns: new[] { "status", "term_ends_on" });

            migrationBuilder.CreateIndex(
                name: "ix_people_subject",
                schema: "talent",
                table: "people",
                column: "subject",
                unique: true,
                filter: "subject IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activity_records",
                schema: "talent");

            migrationBuilder.DropTable(
                name: "people",
                schema: "talent");
        }
    }
}
