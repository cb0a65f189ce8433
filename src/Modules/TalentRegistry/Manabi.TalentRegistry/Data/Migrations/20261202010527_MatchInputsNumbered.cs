using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Manabi.TalentRegistry.Data.Migrations
{
    /// <inheritdoc />
    internal partial class MatchInputsNumbered : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "change_number",
                schema: "talent",
                table: "proposals",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "change_number",
                schema: "talent",
                table: "needs",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "ix_proposals_change_number",
                schema: "talent",
                table: "proposals",
                column: "change_number");

            migrationBuilder.CreateIndex(
                name: "ix_needs_change_number",
                schema: "talent",
                table: "needs",
                column: "change_number");

            RegisterChanges.NumberTables(migrationBuilder, "talent", "needs", "proposals");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            RegisterChanges.UnnumberTables(migrationBuilder, "talent", "needs", "proposals");

            migrationBuilder.DropIndex(
                name: "ix_proposals_change_number",
                schema: "talent",
                table: "proposals");

            migrationBuilder.DropIndex(
                name: "ix_needs_change_number",
                schema: "talent",
                table: "needs");

            migrationBuilder.DropColumn(
                name: "change_number",
                schema: "talent",
                table: "proposals");

            migrationBuilder.DropColumn(
                name: "change_number",
                schema: "talent",
                table: "needs");
        }
    }
}
