using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MassageCoverage.Web.Data.Migrations
{
    /// <summary>
    /// reminders_sent: which things due each account was reminded of, by key, unique per account, so a reminder leaves once
    /// however many workers run.
    /// </summary>
    public partial class RemindersSent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "reminders_sent",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reminders_sent", x => new { x.UserId, x.Key });
                    table.ForeignKey(
                        name: "FK_reminders_sent_users_UserId",
                        column: x => x.UserId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_reminders_sent_SentAt",
                table: "reminders_sent",
                column: "SentAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reminders_sent");
        }
    }
}
