using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Manabi.Catalog.Data.Migrations
{
    /// <summary>
    /// Turns the search indexes' GIN pending list off in place (EF would drop and rebuild them),
    /// flushing what is pending so searches stop scanning it.
    /// </summary>
    internal partial class GinIndexesWithoutPendingList : Migration
    {
        private static readonly string[] Indexes =
            ["ix_learning_opportunities_fields", "ix_learning_opportunities_search_grams", "ix_learning_opportunities_search_title"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var index in Indexes)
            {
                migrationBuilder.Sql($"ALTER INDEX catalog.{index} SET (fastupdate = off);");
                migrationBuilder.Sql($"SELECT gin_clean_pending_list('catalog.{index}'::regclass);");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var index in Indexes)
            {
                migrationBuilder.Sql($"ALTER INDEX catalog.{index} RESET (fastupdate);");
            }
        }
    }
}
