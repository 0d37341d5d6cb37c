using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MassageCoverage.Web.Data.Migrations
{
    /// <summary>
    /// Sign-in now needs a confirmed email address. Patients who registered before there was a confirmation step were
    /// never offered one: they keep signing in rather than find themselves shut out.
    /// </summary>
    public partial class ConfirmExistingAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE users SET \"EmailConfirmed\" = true WHERE NOT \"EmailConfirmed\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Which accounts were confirmed by this migration is not recorded; they stay confirmed.
        }
    }
}
