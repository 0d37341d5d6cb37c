using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MassageCoverage.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PatientReferralsAndCalls : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "call_promise_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "insurer_call_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "referral_hilo",
                incrementBy: 10);

            migrationBuilder.CreateTable(
                name: "insurer_calls",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    OwnerId = table.Column<string>(type: "text", nullable: false),
                    CalledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Insurer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NumberDialled = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Representative = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReferenceNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    QuestionsAsked = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Answers = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    WrittenConfirmationRequested = table.Column<bool>(type: "boolean", nullable: false),
                    WrittenConfirmationReceived = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_insurer_calls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_insurer_calls_users_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "referrals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    OwnerId = table.Column<string>(type: "text", nullable: false),
                    PrescriberName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PrescriberNpi = table.Column<string>(type: "char(10)", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DiagnosisCodes = table.Column<List<string>>(type: "text[]", nullable: false),
                    BodyAreas = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    FrequencyAndDuration = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    VisitsPrescribed = table.Column<int>(type: "integer", nullable: false),
                    VisitsUsed = table.Column<int>(type: "integer", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_referrals_users_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "call_promises",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    CallId = table.Column<long>(type: "bigint", nullable: false),
                    What = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Done = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_call_promises", x => x.Id);
                    table.ForeignKey(
                        name: "FK_call_promises_insurer_calls_CallId",
                        column: x => x.CallId,
                        principalTable: "insurer_calls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_call_promises_CallId",
                table: "call_promises",
                column: "CallId");

            migrationBuilder.CreateIndex(
                name: "IX_insurer_calls_OwnerId",
                table: "insurer_calls",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_OwnerId",
                table: "referrals",
                column: "OwnerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "call_promises");

            migrationBuilder.DropTable(
                name: "referrals");

            migrationBuilder.DropTable(
                name: "insurer_calls");

            migrationBuilder.DropSequence(
                name: "call_promise_hilo");

            migrationBuilder.DropSequence(
                name: "insurer_call_hilo");

            migrationBuilder.DropSequence(
                name: "referral_hilo");
        }
    }
}
