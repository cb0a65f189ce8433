using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Manabi.TalentRegistry.Data.Migrations
{
    /// <inheritdoc />
    internal partial class LeaderTrainingsNeedOwnersAndRegisterChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "credential_status_index",
                schema: "talent",
                startValue: 0L,
                minValue: 0L);

            migrationBuilder.CreateSequence(
                name: "leader_certificate_number",
                schema: "talent");

            migrationBuilder.AddColumn<long>(
                name: "change_number",
                schema: "talent",
                table: "people",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "owner_subject",
                schema: "talent",
                table: "needs",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "change_number",
                schema: "talent",
                table: "activity_records",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "leader_certifications",
                schema: "talent",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    training_id = table.Column<Guid>(type: "uuid", nullable: false),
                    certified_on = table.Column<DateOnly>(type: "date", nullable: false),
                    token = table.Column<string>(type: "text", nullable: true),
                    status_index = table.Column<long>(type: "bigint", nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revocation_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    erased_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_leader_certifications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "leader_trainings",
                schema: "talent",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    fiscal_year = table.Column<int>(type: "integer", nullable: false),
                    partner_committee = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    minimum_sessions_attended = table.Column<int>(type: "integer", nullable: false),
                    practical_activity_required = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    sessions = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_leader_trainings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "leader_trainees",
                schema: "talent",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    training_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    attended_sessions = table.Column<List<int>>(type: "integer[]", nullable: false),
                    practical_activity_on = table.Column<DateOnly>(type: "date", nullable: true),
                    practical_activity_summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    enrolled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_leader_trainees", x => x.id);
                    table.ForeignKey(
                        name: "fk_leader_trainees_leader_trainings_training_id",
                        column: x => x.training_id,
                        principalSchema: "talent",
                        principalTable: "leader_trainings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_people_change_number",
                schema: "talent",
                table: "people",
                column: "change_number");

            migrationBuilder.CreateIndex(
                name: "ix_needs_owner_subject",
                schema: "talent",
                table: "needs",
                column: "owner_subject",
                filter: "owner_subject IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_activity_records_change_number",
                schema: "talent",
                table: "activity_records",
                column: "change_number");

            migrationBuilder.CreateIndex(
                name: "ix_leader_certifications_number",
                schema: "talent",
                table: "leader_certifications",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_leader_certifications_person_id",
                schema: "talent",
                table: "leader_certifications",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_leader_certifications_status_index",
                schema: "talent",
                table: "leader_certifications",
                column: "status_index",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_leader_certifications_training_id_person_id",
                schema: "talent",
                table: "leader_certifications",
                columns: new[] { "training_id", "person_id" },
                unique: true,
                filter: "revoked_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_leader_trainees_person_id",
                schema: "talent",
                table: "leader_trainees",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_leader_trainees_training_id_person_id",
                schema: "talent",
                table: "leader_trainees",
                columns: new[] { "training_id", "person_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_leader_trainings_fiscal_year_name",
                schema: "talent",
                table: "leader_trainings",
                columns: new[] { "fiscal_year", "name" },
                unique: true);

            RegisterChanges.CreateTriggers(migrationBuilder, "talent");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            RegisterChanges.DropTriggers(migrationBuilder, "talent");

            migrationBuilder.DropTable(
                name: "leader_certifications",
                schema: "talent");

            migrationBuilder.DropTable(
                name: "leader_trainees",
                schema: "talent");

            migrationBuilder.DropTable(
                name: "leader_trainings",
                schema: "talent");

            migrationBuilder.DropIndex(
                name: "ix_people_change_number",
                schema: "talent",
                table: "people");

            migrationBuilder.DropIndex(
                name: "ix_needs_owner_subject",
                schema: "talent",
                table: "needs");

            migrationBuilder.DropIndex(
                name: "ix_activity_records_change_number",
                schema: "talent",
                table: "activity_records");

            migrationBuilder.DropColumn(
                name: "change_number",
                schema: "talent",
                table: "people");

            migrationBuilder.DropColumn(
                name: "owner_subject",
                schema: "talent",
                table: "needs");

            migrationBuilder.DropColumn(
                name: "change_number",
                schema: "talent",
                table: "activity_records");

            migrationBuilder.DropSequence(
                name: "credential_status_index",
                schema: "talent");

            migrationBuilder.DropSequence(
                name: "leader_certificate_number",
                schema: "talent");
        }
    }
}
