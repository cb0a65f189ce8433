using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Manabi.Passbook.Data.Migrations
{
    /// <inheritdoc />
    internal partial class StampsUniqueWhileCounting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_stamps_learner_id_session_id",
                schema: "passbook",
                table: "stamps");

            migrationBuilder.CreateIndex(
                name: "ix_stamps_learner_id_session_id",
                schema: "passbook",
                table: "stamps",
                columns: new[] { "learner_id", "session_id" },
                unique: true,
                filter: "voided_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_stamps_learner_id_session_id",
                schema: "passbook",
                table: "stamps");

            migrationBuilder.CreateIndex(
                name: "ix_stamps_learner_id_session_id",
                schema: "passbook",
                table: "stamps",
                columns: new[] { "learner_id", "session_id" },
                unique: true);
        }
    }
}
