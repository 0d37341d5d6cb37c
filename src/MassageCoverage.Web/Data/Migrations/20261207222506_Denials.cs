using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MassageCoverage.Web.Data.Migrations
{
    /// <summary>
    /// A patient's denials and their appeals (the letter, where it stands); a deleted referral or saved check leaves
    /// the denial citing nothing.
    /// </summary>
    public partial class Denials : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "denial_hilo",
                incrementBy: 10);

            migrationBuilder.CreateTable(
                name: "denials",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    OwnerId = table.Column<string>(type: "text", nullable: false),
                    NoticeDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Insurer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PlanName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    MemberId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Route = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ClaimReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    InOwnWords = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ServiceCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    ServiceDates = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReferralId = table.Column<long>(type: "bigint", nullable: true),
                    SavedCheckId = table.Column<long>(type: "bigint", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Letter = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    LetterLanguage = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_denials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_denials_referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_denials_saved_checks_SavedCheckId",
                        column: x => x.SavedCheckId,
                        principalTable: "saved_checks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_denials_users_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_denials_OwnerId",
                table: "denials",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_denials_ReferralId",
                table: "denials",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_denials_SavedCheckId",
                table: "denials",
                column: "SavedCheckId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "denials");

            migrationBuilder.DropSequence(
                name: "denial_hilo");
        }
    }
}
