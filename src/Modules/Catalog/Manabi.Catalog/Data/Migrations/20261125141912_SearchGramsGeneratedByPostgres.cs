using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Manabi.Catalog.Data.Migrations
{
    /// <summary>
    /// PostgreSQL derives <c>search_grams</c> from <c>search_text</c> (a stored generated column the
    /// EF model does not map), so loading an opportunity no longer brings its 1 KB gram array along.
    /// The grams are those the search index uses: each character and each pair of characters of a
    /// word (characters are code points; words are separated by single spaces in folded text).
    /// </summary>
    internal partial class SearchGramsGeneratedByPostgres : Migration
    {
        private const string Function = """
            CREATE FUNCTION catalog.search_grams(folded text) RETURNS text[]
            LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
            RETURN ARRAY(
                SELECT DISTINCT substr(word, i, n)
                FROM regexp_split_to_table(folded, ' ') AS word,
                     generate_series(1, char_length(word)) AS i,
                     (VALUES (1), (2)) AS length(n)
                WHERE i + n - 1 <= char_length(word));
            """;

        private const string Index = """
            CREATE INDEX ix_learning_opportunities_search_grams ON catalog.learning_opportunities
            USING gin (search_grams) WITH (fastupdate = off);
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Function);
            migrationBuilder.Sql("""
                DROP INDEX catalog.ix_learning_opportunities_search_grams;
                ALTER TABLE catalog.learning_opportunities DROP COLUMN search_grams;
                ALTER TABLE catalog.learning_opportunities
                    ADD COLUMN search_grams text[] GENERATED ALWAYS AS (catalog.search_grams(search_text)) STORED;
                """);
            migrationBuilder.Sql(Index);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX catalog.ix_learning_opportunities_search_grams;
                ALTER TABLE catalog.learning_opportunities DROP COLUMN search_grams;
                ALTER TABLE catalog.learning_opportunities ADD COLUMN search_grams text[];
                UPDATE catalog.learning_opportunities SET search_grams = catalog.search_grams(search_text);
                ALTER TABLE catalog.learning_opportunities ALTER COLUMN search_grams SET NOT NULL;
                """);
            migrationBuilder.Sql(Index);
            migrationBuilder.Sql("DROP FUNCTION catalog.search_grams(text);");
        }
    }
}
