using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Manabi.Passbook.Data.Migrations
{
    /// <inheritdoc />
    internal partial class CredentialStatusLists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "credential_status_index",
                schema: "passbook",
                startValue: 0L,
                minValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "status_index",
                schema: "passbook",
                table: "credentials",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_credentials_status_index",
                schema: "passbook",
                table: "credentials",
                column: "status_index",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_credentials_status_index",
                schema: "passbook",
                table: "credentials");

            migrationBuilder.DropColumn(
                name: "status_index",
                schema: "passbook",
                table: "credentials");

            migrationBuilder.DropSequence(
                name: "credential_status_index",
                schema: "passbook");
        }
    }
}
