using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MassageCoverage.Web.Data.Migrations
{
    /// <summary>
    /// Account settings: whether the patient confirmed the time zone (accounts made before it are asked), reminders
    /// (on, three days ahead, as for a new account) and the hash of the private calendar feed's secret.
    /// </summary>
    public partial class AccountSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CalendarFeedHash",
                table: "users",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReminderDaysAhead",
                table: "users",
                type: "integer",
                nullable: false,
                defaultValue: 3);

            migrationBuilder.AddColumn<bool>(
                name: "RemindersEnabled",
                table: "users",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<bool>(
                name: "TimeZoneConfirmed",
                table: "users",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_users_CalendarFeedHash",
                table: "users",
                column: "CalendarFeedHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_users_CalendarFeedHash",
                table: "users");

            migrationBuilder.DropColumn(
                name: "CalendarFeedHash",
                table: "users");

            migrationBuilder.DropColumn(
                name: "ReminderDaysAhead",
                table: "users");

            migrationBuilder.DropColumn(
                name: "RemindersEnabled",
                table: "users");

            migrationBuilder.DropColumn(
                name: "TimeZoneConfirmed",
                table: "users");
        }
    }
}
