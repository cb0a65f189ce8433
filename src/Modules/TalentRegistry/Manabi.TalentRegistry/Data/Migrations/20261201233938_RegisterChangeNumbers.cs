using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Manabi.TalentRegistry.Data.Migrations
{
    /// <inheritdoc />
    internal partial class RegisterChangeNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "change_number",
                schema: "talent",
                table: "people",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "change_number",
                schema: "talent",
                table: "activity_records",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "ix_people_change_number",
                schema: "talent",
                table: "people",
                column: "change_number");

            migrationBuilder.CreateIndex(
                name: "ix_activity_records_change_number",
                schema: "talent",
                table: "activity_records",
                column: "change_number");

            RegisterChanges.CreateTriggers(migrationBuilder, "talent");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            RegisterChanges.DropTriggers(migrationBuilder, "talent");

            migrationBuilder.DropIndex(
                name: "ix_people_change_number",
                schema: "talent",
                table: "people");

            migrationBuilder.DropIndex(
                name: "ix_activity_records_change_number",
                schema: "talent",
                table: "activity_records");

            migrationBuilder.DropColumn(
                name: "change_number",
                schema: "talent",
                table: "people");

            migrationBuilder.DropColumn(
                name: "change_number",
                schema: "talent",
                table: "activity_records");
        }
    }
}
