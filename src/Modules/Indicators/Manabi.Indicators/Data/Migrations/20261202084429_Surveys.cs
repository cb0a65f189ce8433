using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Manabi.Indicators.Data.Migrations
{
    /// <inheritdoc />
    internal partial class Surveys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "surveys",
                schema: "indicators",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    computation = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    questions = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_surveys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "survey_waves",
                schema: "indicators",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    survey_id = table.Column<Guid>(type: "uuid", nullable: false),
                    fiscal_year = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    opportunity_id = table.Column<Guid>(type: "uuid", nullable: true),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_survey_waves", x => x.id);
                    table.ForeignKey(
                        name: "fk_survey_waves_surveys_survey_id",
                        column: x => x.survey_id,
                        principalSchema: "indicators",
                        principalTable: "surveys",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "response_codes",
                schema: "indicators",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    wave_id = table.Column<Guid>(type: "uuid", nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_response_codes", x => x.code);
                    table.ForeignKey(
                        name: "fk_response_codes_survey_waves_wave_id",
                        column: x => x.wave_id,
                        principalSchema: "indicators",
                        principalTable: "survey_waves",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "survey_answers",
                schema: "indicators",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    wave_id = table.Column<Guid>(type: "uuid", nullable: false),
                    answers = table.Column<string>(type: "jsonb", nullable: false),
                    positive = table.Column<bool>(type: "boolean", nullable: false),
                    entered_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_survey_answers", x => x.id);
                    table.ForeignKey(
                        name: "fk_survey_answers_survey_waves_wave_id",
                        column: x => x.wave_id,
                        principalSchema: "indicators",
                        principalTable: "survey_waves",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_response_codes_wave_id",
                schema: "indicators",
                table: "response_codes",
                column: "wave_id");

            migrationBuilder.CreateIndex(
                name: "ix_survey_answers_wave_id",
                schema: "indicators",
                table: "survey_answers",
                column: "wave_id");

            migrationBuilder.CreateIndex(
                name: "ix_survey_waves_survey_id",
                schema: "indicators",
                table: "survey_waves",
                column: "survey_id");

            migrationBuilder.CreateIndex(
                name: "ix_surveys_code",
                schema: "indicators",
                table: "surveys",
                column: "code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "response_codes",
                schema: "indicators");

            migrationBuilder.DropTable(
                name: "survey_answers",
                schema: "indicators");

            migrationBuilder.DropTable(
                name: "survey_waves",
                schema: "indicators");

            migrationBuilder.DropTable(
                name: "surveys",
                schema: "indicators");
        }
    }
}
