using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MassageCoverage.Web.Data.Migrations
{
    /// <summary>
    /// The import wrote "Created", "Updated" and "Deleted" while the consoles wrote "create", "update" and "delete";
    /// one vocabulary lets the audit log be read and filtered as one.
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
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The two vocabularies cannot be told apart once merged; the lower-case words are valid under either.
        }
    }
}
