using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Manabi.Catalog.Data.Migrations
{
    /// <inheritdoc />
    internal partial class DeliveryLectures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "lecture_topics",
                schema: "catalog",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    field_code = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    instructors = table.Column<string>(type: "jsonb", nullable: false),
                    duration_minutes = table.Column<int>(type: "integer", nullable: false),
                    minimum_group_size = table.Column<int>(type: "integer", nullable: false),
                    lead_time_days = table.Column<int>(type: "integer", nullable: false),
                    online_possible = table.Column<bool>(type: "boolean", nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_lecture_topics", x => x.id);
                    table.ForeignKey(
                        name: "fk_lecture_topics_fields_field_code",
                        column: x => x.field_code,
                        principalSchema: "catalog",
                        principalTable: "fields",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lecture_requests",
                schema: "catalog",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    topic_id = table.Column<Guid>(type: "uuid", nullable: false),
                    group_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    contact_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    contact_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    contact_phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    wished_dates = table.Column<List<DateOnly>>(type: "date[]", nullable: false),
                    expected_participants = table.Column<int>(type: "integer", nullable: false),
                    notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    scheduled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    delivered_on = table.Column<DateOnly>(type: "date", nullable: true),
                    participants = table.Column<int>(type: "integer", nullable: true),
                    instructor_report = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    tracking_code_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_lecture_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_lecture_requests_lecture_topics_topic_id",
                        column: x => x.topic_id,
                        principalSchema: "catalog",
                        principalTable: "lecture_topics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_lecture_requests_status_created_at",
                schema: "catalog",
                table: "lecture_requests",
                columns: new[] { "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_lecture_requests_topic_id",
                schema: "catalog",
                table: "lecture_requests",
                column: "topic_id");

            migrationBuilder.CreateIndex(
                name: "ix_lecture_topics_field_code",
                schema: "catalog",
                table: "lecture_topics",
                column: "field_code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "lecture_requests",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "lecture_topics",
                schema: "catalog");
        }
    }
}
