using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MassageCoverage.Web.Data.Migrations
{
    /// <summary>
    /// Every catalog row says in which revision it last changed, so a running app reads only what changed since its
    /// snapshot instead of every row (a small change at 100,000 plans: milliseconds, not seconds):
    /// <list type="bullet">
    /// <item>insurers, plans and coverage_rules get a <c>"Revision"</c> column that a row trigger stamps with the
    /// revision of the transaction that writes the row (the database's, not EF's: the model does not map it);</item>
    /// <item>what a stamp cannot show, a row gone, is kept in <c>catalog_plan_changes</c>: the plan deleted or whose rule
    /// was deleted or moved to another owner, and, for a TRUNCATE, a row with no plan, which means "read everything";</item>
    /// <item>the transaction's revision is bumped once, by whichever trigger comes first, and remembered in a
    /// transaction-local setting (a rolled-back savepoint takes both back). The revision row is locked by the bump until
    /// commit, so revisions commit in order: a reader that sees revision R sees every row stamped R or less.</item>
    /// <item><c>catalog_plan_changes</c> keeps the last 1,000 revisions; <c>changes_kept_from</c> says from which one,
    /// and an app whose snapshot is older reads everything.</item>
    /// </list>
    /// </summary>
    public partial class CatalogRowRevisions : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE insurers ADD COLUMN "Revision" bigint NOT NULL DEFAULT 0;
                ALTER TABLE plans ADD COLUMN "Revision" bigint NOT NULL DEFAULT 0;
                ALTER TABLE coverage_rules ADD COLUMN "Revision" bigint NOT NULL DEFAULT 0;
                CREATE INDEX "IX_plans_Revision" ON plans ("Revision");
                CREATE INDEX "IX_coverage_rules_Revision" ON coverage_rules ("Revision");
                ALTER TABLE catalog_revision ADD COLUMN changes_kept_from bigint NOT NULL DEFAULT 0;
                CREATE TABLE catalog_plan_changes (revision bigint NOT NULL, plan_id bigint NULL);
                CREATE INDEX ix_catalog_plan_changes_revision ON catalog_plan_changes (revision);

                CREATE FUNCTION catalog_transaction_revision() RETURNS bigint LANGUAGE plpgsql AS $$
                DECLARE
                    kept text := current_setting('massagecoverage.catalog_revision', true);
                    bumped bigint;
                    kept_from bigint;
                BEGIN
                    IF kept IS NOT NULL AND kept <> '' THEN
                        RETURN kept::bigint;
                    END IF;
                    UPDATE catalog_revision
                        SET revision = revision + 1, changed_at = now(),
                            changes_kept_from = GREATEST(changes_kept_from, revision + 1 - 1000)
                        WHERE id = 1
                        RETURNING revision, changes_kept_from INTO bumped, kept_from;
                    DELETE FROM catalog_plan_changes WHERE revision < kept_from;
                    PERFORM pg_notify('catalog_changed', '');
                    PERFORM set_config('massagecoverage.catalog_revision', bumped::text, true);
                    RETURN bumped;
                END $$;

                CREATE OR REPLACE FUNCTION bump_catalog_revision() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'TRUNCATE' THEN
                        INSERT INTO catalog_plan_changes (revision, plan_id) VALUES (catalog_transaction_revision(), NULL);
                    ELSE
                        PERFORM catalog_transaction_revision();
                    END IF;
                    RETURN NULL;
                END $$;

                CREATE FUNCTION stamp_catalog_revision() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    NEW."Revision" := catalog_transaction_revision();
                    RETURN NEW;
                END $$;

                CREATE FUNCTION record_plan_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO catalog_plan_changes (revision, plan_id) VALUES (catalog_transaction_revision(), OLD."Id");
                    RETURN NULL;
                END $$;

                CREATE FUNCTION record_rule_left_plan() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO catalog_plan_changes (revision, plan_id) VALUES (catalog_transaction_revision(), OLD."PlanId");
                    RETURN NULL;
                END $$;

                CREATE TRIGGER insurers_stamp_revision BEFORE INSERT OR UPDATE ON insurers
                    FOR EACH ROW EXECUTE FUNCTION stamp_catalog_revision();
                CREATE TRIGGER plans_stamp_revision BEFORE INSERT OR UPDATE ON plans
                    FOR EACH ROW EXECUTE FUNCTION stamp_catalog_revision();
                CREATE TRIGGER coverage_rules_stamp_revision BEFORE INSERT OR UPDATE ON coverage_rules
                    FOR EACH ROW EXECUTE FUNCTION stamp_catalog_revision();
                CREATE TRIGGER plans_record_deleted AFTER DELETE ON plans
                    FOR EACH ROW EXECUTE FUNCTION record_plan_deleted();
                CREATE TRIGGER coverage_rules_record_deleted AFTER DELETE ON coverage_rules
                    FOR EACH ROW WHEN (OLD."PlanId" IS NOT NULL) EXECUTE FUNCTION record_rule_left_plan();
                CREATE TRIGGER coverage_rules_record_moved AFTER UPDATE ON coverage_rules
                    FOR EACH ROW WHEN (OLD."PlanId" IS NOT NULL AND OLD."PlanId" IS DISTINCT FROM NEW."PlanId")
                    EXECUTE FUNCTION record_rule_left_plan();
                """);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER coverage_rules_record_moved ON coverage_rules;
                DROP TRIGGER coverage_rules_record_deleted ON coverage_rules;
                DROP TRIGGER plans_record_deleted ON plans;
                DROP TRIGGER coverage_rules_stamp_revision ON coverage_rules;
                DROP TRIGGER plans_stamp_revision ON plans;
                DROP TRIGGER insurers_stamp_revision ON insurers;
                DROP FUNCTION record_rule_left_plan();
                DROP FUNCTION record_plan_deleted();
                DROP FUNCTION stamp_catalog_revision();
                CREATE OR REPLACE FUNCTION bump_catalog_revision() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF current_setting('massagecoverage.catalog_bumped', true) IS DISTINCT FROM 'on' THEN
                        UPDATE catalog_revision SET revision = revision + 1, changed_at = now() WHERE id = 1;
                        PERFORM pg_notify('catalog_changed', '');
                        PERFORM set_config('massagecoverage.catalog_bumped', 'on', true);
                    END IF;
                    RETURN NULL;
                END $$;
                DROP FUNCTION catalog_transaction_revision();
                DROP TABLE catalog_plan_changes;
                ALTER TABLE catalog_revision DROP COLUMN changes_kept_from;
                DROP INDEX "IX_coverage_rules_Revision";
                DROP INDEX "IX_plans_Revision";
                ALTER TABLE coverage_rules DROP COLUMN "Revision";
                ALTER TABLE plans DROP COLUMN "Revision";
                ALTER TABLE insurers DROP COLUMN "Revision";
                """);
        }
    }
}
