using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Manabi.SchoolCommunityCoordination.Data.Migrations
{
    /// <inheritdoc />
    internal partial class DistrictsSchoolsCommissionsActivities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "commissions",
                schema: "school_community",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    district_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    until = table.Column<DateOnly>(type: "date", nullable: true),
                    end_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_commissions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "districts",
                schema: "school_community",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_districts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "activities",
                schema: "school_community",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    district_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    coordinator_run = table.Column<bool>(type: "boolean", nullable: false),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activities", x => x.id);
                    table.ForeignKey(
                        name: "fk_activities_districts_district_id",
                        column: x => x.district_id,
                        principalSchema: "school_community",
                        principalTable: "districts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "schools",
                schema: "school_community",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    district_id = table.Column<Guid>(type: "uuid", nullable: false),
                    opens_on = table.Column<DateOnly>(type: "date", nullable: true),
                    closes_on = table.Column<DateOnly>(type: "date", nullable: true),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    small_years = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_schools", x => x.id);
                    table.ForeignKey(
                        name: "fk_schools_districts_district_id",
                        column: x => x.district_id,
                        principalSchema: "school_community",
                        principalTable: "districts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "collaboration_sessions",
                schema: "school_community",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    activity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    starts_at = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    ends_at = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    children = table.Column<int>(type: "integer", nullable: false),
                    unregistered_helpers = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_collaboration_sessions", x => x.id);
                    table.ForeignKey(
                        name: "fk_collaboration_sessions_activities_activity_id",
                        column: x => x.activity_id,
                        principalSchema: "school_community",
                        principalTable: "activities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "participations",
                schema: "school_community",
                columns: table => new
                {
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_participations", x => new { x.session_id, x.person_id });
                    table.ForeignKey(
                        name: "fk_participations_collaboration_sessions_session_id",
                        column: x => x.session_id,
                        principalSchema: "school_community",
                        principalTable: "collaboration_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_activities_district_id",
                schema: "school_community",
                table: "activities",
                column: "district_id");

            migrationBuilder.CreateIndex(
                name: "ix_collaboration_sessions_activity_id",
                schema: "school_community",
                table: "collaboration_sessions",
                column: "activity_id");

            migrationBuilder.CreateIndex(
                name: "ix_collaboration_sessions_date_status",
                schema: "school_community",
                table: "collaboration_sessions",
                columns: new[] { "date", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_commissions_district_ids",
                schema: "school_community",
                table: "commissions",
                column: "district_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_commissions_person_id",
                schema: "school_community",
                table: "commissions",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_districts_code",
                schema: "school_community",
                table: "districts",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_participations_person_id",
                schema: "school_community",
                table: "participations",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_schools_code",
                schema: "school_community",
                table: "schools",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_schools_district_id",
                schema: "school_community",
                table: "schools",
                column: "district_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "commissions",
                schema: "school_community");

            migrationBuilder.DropTable(
                name: "participations",
                schema: "school_community");

            migrationBuilder.DropTable(
                name: "schools",
                schema: "school_community");

            migrationBuilder.DropTable(
                name: "collaboration_sessions",
                schema: "school_community");

            migrationBuilder.DropTable(
                name: "activities",
                schema: "school_community");

            migrationBuilder.DropTable(
                name: "districts",
                schema: "school_community");
        }
    }
}
