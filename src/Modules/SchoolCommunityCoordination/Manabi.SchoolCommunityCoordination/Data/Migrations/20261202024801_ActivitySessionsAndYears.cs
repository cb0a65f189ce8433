using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Manabi.SchoolCommunityCoordination.Data.Migrations
{
    /// <inheritdoc />
    internal partial class ActivitySessionsAndYears : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_collaboration_sessions_activity_id",
                schema: "school_community",
                table: "collaboration_sessions");

            migrationBuilder.CreateTable(
                name: "activity_years",
                schema: "school_community",
                columns: table => new
                {
                    activity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    fiscal_year = table.Column<int>(type: "integer", nullable: false),
                    held_sessions = table.Column<int>(type: "integer", nullable: false),
                    registered_participations = table.Column<int>(type: "integer", nullable: false),
                    unregistered_helpers = table.Column<int>(type: "integer", nullable: false),
                    children = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activity_years", x => new { x.activity_id, x.fiscal_year });
                    table.ForeignKey(
                        name: "fk_activity_years_activities_activity_id",
                        column: x => x.activity_id,
                        principalSchema: "school_community",
                        principalTable: "activities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_collaboration_sessions_activity_id_date",
                schema: "school_community",
                table: "collaboration_sessions",
                columns: new[] { "activity_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_activity_years_fiscal_year",
                schema: "school_community",
                table: "activity_years",
                column: "fiscal_year");

            // Sessions recorded before the counts were kept.
            migrationBuilder.Sql("""
                INSERT INTO school_community.activity_years
                    (activity_id, fiscal_year, held_sessions, registered_participations, unregistered_helpers, children)
                SELECT s.activity_id, extract(year FROM s.date - interval '3 months')::int, count(*), coalesce(sum(p.n), 0),
                       sum(s.unregistered_helpers), sum(s.children)
                FROM school_community.collaboration_sessions s
                CROSS JOIN LATERAL (SELECT count(*) AS n FROM school_community.participations p WHERE p.session_id = s.id) p
                WHERE s.status = 'Held'
                GROUP BY 1, 2
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activity_years",
                schema: "school_community");

            migrationBuilder.DropIndex(
                name: "ix_collaboration_sessions_activity_id_date",
                schema: "school_community",
                table: "collaboration_sessions");

            migrationBuilder.CreateIndex(
                name: "ix_collaboration_sessions_activity_id",
                schema: "school_community",
                table: "collaboration_sessions",
                column: "activity_id");
        }
    }
}
