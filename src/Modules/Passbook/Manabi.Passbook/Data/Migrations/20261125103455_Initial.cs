using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Manabi.Passbook.Data.Migrations
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "passbook");

            migrationBuilder.CreateTable(
                name: "certification_levels",
                schema: "passbook",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    credits = table.Column<decimal>(type: "numeric(6,1)", precision: 6, scale: 1, nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_certification_levels", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "commendations",
                schema: "passbook",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    learner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    level_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    reached_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    awarded_on = table.Column<DateOnly>(type: "date", nullable: true),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_commendations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "credentials",
                schema: "passbook",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    learner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    commendation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    token = table.Column<string>(type: "text", nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revocation_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credentials", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "passbook",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consumer = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_messages", x => new { x.message_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "learners",
                schema: "passbook",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    display_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name_kana = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    birth_year = table.Column<int>(type: "integer", nullable: true),
                    area = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    contact = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    consent_purpose = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    consent_version = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    consent_given_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    passbook_number = table.Column<string>(type: "character(11)", fixedLength: true, maxLength: 11, nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    registered_at_counter = table.Column<bool>(type: "boolean", nullable: false),
                    passbooks_issued = table.Column<int>(type: "integer", nullable: false),
                    erased_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_learners", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "passbook",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    parked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    locked_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "personal_data_reads",
                schema: "passbook",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    learner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reader = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    what = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_personal_data_reads", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "programme_sessions",
                schema: "passbook",
                columns: table => new
                {
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    opportunity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    cancelled = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programme_sessions", x => x.session_id);
                });

            migrationBuilder.CreateTable(
                name: "programmes",
                schema: "passbook",
                columns: table => new
                {
                    opportunity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    provider_id = table.Column<Guid>(type: "uuid", nullable: false),
                    stamp_rally_eligible = table.Column<bool>(type: "boolean", nullable: false),
                    credits_per_session = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: false),
                    published = table.Column<bool>(type: "boolean", nullable: false),
                    fields = table.Column<List<string>>(type: "text[]", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programmes", x => x.opportunity_id);
                });

            migrationBuilder.CreateTable(
                name: "stamps",
                schema: "passbook",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    learner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    opportunity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    provider_id = table.Column<Guid>(type: "uuid", nullable: false),
                    credits = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: false),
                    method = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    voided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    void_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    voided_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stamps", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_commendations_learner_id_level_id",
                schema: "passbook",
                table: "commendations",
                columns: new[] { "learner_id", "level_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_commendations_status",
                schema: "passbook",
                table: "commendations",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_credentials_commendation_id",
                schema: "passbook",
                table: "credentials",
                column: "commendation_id");

            migrationBuilder.CreateIndex(
                name: "ix_credentials_learner_id",
                schema: "passbook",
                table: "credentials",
                column: "learner_id");

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_processed_at",
                schema: "passbook",
                table: "inbox_messages",
                column: "processed_at");

            migrationBuilder.CreateIndex(
                name: "ix_learners_passbook_number",
                schema: "passbook",
                table: "learners",
                column: "passbook_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_learners_subject",
                schema: "passbook",
                table: "learners",
                column: "subject",
                unique: true,
                filter: "subject IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_due",
                schema: "passbook",
                table: "outbox_messages",
                columns: new[] { "next_attempt_at", "occurred_at" },
                filter: "processed_at IS NULL AND parked_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_personal_data_reads_learner_id_read_at",
                schema: "passbook",
                table: "personal_data_reads",
                columns: new[] { "learner_id", "read_at" });

            migrationBuilder.CreateIndex(
                name: "ix_programme_sessions_opportunity_id",
                schema: "passbook",
                table: "programme_sessions",
                column: "opportunity_id");

            migrationBuilder.CreateIndex(
                name: "ix_stamps_learner_id_session_id",
                schema: "passbook",
                table: "stamps",
                columns: new[] { "learner_id", "session_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_stamps_recorded_at",
                schema: "passbook",
                table: "stamps",
                column: "recorded_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "certification_levels",
                schema: "passbook");

            migrationBuilder.DropTable(
                name: "commendations",
                schema: "passbook");

            migrationBuilder.DropTable(
                name: "credentials",
                schema: "passbook");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "passbook");

            migrationBuilder.DropTable(
                name: "learners",
                schema: "passbook");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "passbook");

            migrationBuilder.DropTable(
                name: "personal_data_reads",
                schema: "passbook");

            migrationBuilder.DropTable(
                name: "programme_sessions",
                schema: "passbook");

            migrationBuilder.DropTable(
                name: "programmes",
                schema: "passbook");

            migrationBuilder.DropTable(
                name: "stamps",
                schema: "passbook");
        }
    }
}
