using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MassageCoverage.Web.Data.Migrations
{
    /// <summary>
    /// The catalog triggers bump <c>catalog_revision</c> once per transaction instead of once per statement: an import
    /// of 100,000 plans is one revision, not hundreds of thousands of updates of one row (which PostgreSQL slows down
    /// quadratically within a transaction). A transaction-local setting remembers that this transaction has bumped;
    /// it ends with the transaction, and a rolled-back savepoint takes it back together with the bump it marked.
    /// </summary>
    public partial class CatalogRevisionOncePerTransaction : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION bump_catalog_revision() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF current_setting('massagecoverage.catalog_bumped', true) IS DISTINCT FROM 'on' THEN
                        UPDATE catalog_revision SET revision = revision + 1, changed_at = now() WHERE id = 1;
                        PERFORM pg_notify('catalog_changed', '');
                        PERFORM set_config('massagecoverage.catalog_bumped', 'on', true);
                    END IF;
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
                    PERFORM pg_notify('catalog_changed', '');
                    RETURN NULL;
                END $$;
                """);
        }
    }
}
