using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MassageCoverage.Web.Data.Migrations
{
    /// <summary>
    /// Adds users.Number, an identity column (existing accounts are numbered as the column is added): the short number
    /// that names a patient in the audit log ("patient #12") instead of the email or the account id.
    /// </summary>
    public partial class UserNumber : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Number",
                table: "users",
                type: "integer",
                nullable: false)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.CreateIndex(
                name: "IX_users_Number",
                table: "users",
                column: "Number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_users_Number",
                table: "users");

            migrationBuilder.DropColumn(
                name: "Number",
                table: "users");
        }
    }
}
