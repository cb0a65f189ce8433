using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Manabi.TalentRegistry.Data.Migrations
{
    /// <inheritdoc />
    internal partial class NeedOwners : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "owner_subject",
                schema: "talent",
                table: "needs",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_needs_owner_subject",
                schema: "talent",
                table: "needs",
                column: "owner_subject",
                filter: "owner_subject IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_needs_owner_subject",
                schema: "talent",
                table: "needs");

            migrationBuilder.DropColumn(
                name: "owner_subject",
                schema: "talent",
                table: "needs");
        }
    }
}
