using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Manabi.TalentRegistry.Data.Migrations
{
    /// <inheritdoc />
    internal partial class ActivityLoadIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_activity_records_person_id_date",
                schema: "talent",
                table: "activity_records");

            migrationBuilder.CreateIndex(
                name: "ix_activity_records_person_id_date_voided_at",
                schema: "talent",
                table: "activity_records",
                columns: new[] { "person_id", "date", "voided_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_activity_records_person_id_date_voided_at",
                schema: "talent",
                table: "activity_records");

            migrationBuilder.CreateIndex(
                name: "ix_activity_records_person_id_date",
                schema: "talent",
                table: "activity_records",
                columns: new[] { "person_id", "date" });
        }
    }
}
