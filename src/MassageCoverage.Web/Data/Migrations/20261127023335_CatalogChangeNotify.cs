using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MassageCoverage.Web.Data.Migrations
{
    /// <summary>
    /// The catalog triggers also notify <c>catalog_changed</c>: PostgreSQL delivers it when the change commits (once
    /// per transaction), and every running instance refreshes its snapshot then instead of at its next poll.
    /// </summary>
    public partial class CatalogChangeNotify : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION bump_catalog_revision() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE catalog_revision SET revision = revision + 1, changed_at = now() WHERE id = 1;
                    PERFORM pg_notify('catalog_changed', '');
                    RETURN NULL;
                END $$;
                """);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION bump_catalog_revision() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE catalog_revision SET revision = revision + 1, changed_at = now() WHERE id = 1;
                    RETURN NULL;
                END $$;
                """);
        }
    }
}
