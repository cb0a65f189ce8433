using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Manabi.SchoolCommunityCoordination.Data.Migrations
{
    /// <inheritdoc />
    internal partial class CoverageVersionNumber : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // See Data/CoverageVersion.cs: one row, a new never-used number from the sequence at every change.
            migrationBuilder.Sql("""
                CREATE SEQUENCE school_community.coverage_versions;
                CREATE TABLE school_community.coverage_state (id integer PRIMARY KEY CHECK (id = 1), version bigint NOT NULL);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TABLE school_community.coverage_state;
                DROP SEQUENCE school_community.coverage_versions;
                """);
        }
    }
}
