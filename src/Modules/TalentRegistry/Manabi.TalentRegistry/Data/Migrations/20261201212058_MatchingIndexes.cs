using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Manabi.TalentRegistry.Data.Migrations
{
    /// <inheritdoc />
    internal partial class MatchingIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_people_area",
                schema: "talent",
                table: "people",
                column: "area");

            migrationBuilder.CreateIndex(
                name: "ix_people_fields",
                schema: "talent",
                table: "people",
                column: "fields")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_people_area",
                schema: "talent",
                table: "people");

            migrationBuilder.DropIndex(
                name: "ix_people_fields",
                schema: "talent",
                table: "people");
        }
    }
}
