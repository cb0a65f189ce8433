using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Manabi.Catalog.Data.Migrations
{
    /// <inheritdoc />
    internal partial class DuplicateCandidates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateTable(
                name: "duplicate_candidates",
                schema: "catalog",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    first_opportunity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    second_opportunity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title_similarity = table.Column<double>(type: "double precision", nullable: false),
                    reasons = table.Column<List<string>>(type: "text[]", nullable: false),
                    verdict = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    decided_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    detected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_duplicate_candidates", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_learning_opportunities_search_title",
                schema: "catalog",
                table: "learning_opportunities",
                column: "search_title")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_duplicate_candidates_first_opportunity_id_second_opportunit",
                schema: "catalog",
                table: "duplicate_candidates",
                columns: new[] { "first_opportunity_id", "second_opportunity_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_duplicate_candidates_verdict_detected_at",
                schema: "catalog",
                table: "duplicate_candidates",
                columns: new[] { "verdict", "detected_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "duplicate_candidates",
                schema: "catalog");

            migrationBuilder.DropIndex(
                name: "ix_learning_opportunities_search_title",
                schema: "catalog",
                table: "learning_opportunities");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
