using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Manabi.Catalog.Data.Migrations
{
    /// <inheritdoc />
    internal partial class UniqueProviderAndVenueNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_venues_name",
                schema: "catalog",
                table: "venues",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_providers_name",
                schema: "catalog",
                table: "providers",
                column: "name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_venues_name",
                schema: "catalog",
                table: "venues");

            migrationBuilder.DropIndex(
                name: "ix_providers_name",
                schema: "catalog",
                table: "providers");
        }
    }
}
