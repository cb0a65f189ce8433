using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Manabi.Passbook.Data.Migrations
{
    /// <inheritdoc />
    internal partial class UniqueLevelNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_certification_levels_name",
                schema: "passbook",
                table: "certification_levels",
                column: "name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_certification_levels_name",
                schema: "passbook",
                table: "certification_levels");
        }
    }
}
