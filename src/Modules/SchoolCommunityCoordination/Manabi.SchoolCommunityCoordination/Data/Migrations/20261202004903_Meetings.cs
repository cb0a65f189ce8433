using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Manabi.SchoolCommunityCoordination.Data.Migrations
{
    /// <inheritdoc />
    internal partial class Meetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "meetings",
                schema: "school_community",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    coordinators = table.Column<int>(type: "integer", nullable: false),
                    volunteers = table.Column<int>(type: "integer", nullable: false),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meetings", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_meetings_date",
                schema: "school_community",
                table: "meetings",
                column: "date");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "meetings",
                schema: "school_community");
        }
    }
}
