using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Manabi.Catalog.Data.Migrations
{
    /// <inheritdoc />
    internal partial class DuplicateOf : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "duplicate_of",
                schema: "catalog",
                table: "learning_opportunities",
                type: "uuid",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "duplicate_of",
                schema: "catalog",
                table: "learning_opportunities");
        }
    }
}
