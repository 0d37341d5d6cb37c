using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MassageCoverage.Web.Data.Migrations
{
    /// <summary>
    /// The import wrote "Created", "Updated" and "Deleted" while the consoles wrote "create", "update" and "delete";
    /// one vocabulary lets the audit log be read and filtered as one. Rule owners are named one way too.
    /// </summary>
    public partial class OneAuditVocabulary : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE audit_entries SET "Action" = CASE "Action"
                    WHEN 'Created' THEN 'create' WHEN 'Updated' THEN 'update' WHEN 'Deleted' THEN 'delete' END
                WHERE "Action" IN ('Created', 'Updated', 'Deleted');
                """);

            // The staff console named a rule's owner by plan code alone; the import writes "plan:code". Only the
            // owner is renamed: what the entries say about the rule stays as it was written.
            foreach (var column in new[] { "Before", "After" })
            {
                migrationBuilder.Sql($$"""
                    UPDATE audit_entries SET "{{column}}" = jsonb_set("{{column}}", '{owner}', to_jsonb('plan:' || ("{{column}}" ->> 'owner')))
                    WHERE "EntityType" = 'Rule' AND "{{column}}" ->> 'owner' IS NOT NULL AND strpos("{{column}}" ->> 'owner', ':') = 0;
                    """);
            }
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The two vocabularies cannot be told apart once merged; the lower-case words are valid under either.
        }
    }
}
