using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MassageCoverage.Web.Data.Migrations
{
    /// <summary>
    /// Adds to each insurer call whose rule it was about (a plan, Original Medicare or a state's Medicaid) and what the
    /// representative said in a rule's terms, and adds discrepancy_reports: a patient's anonymous word that a call
    /// contradicted a rule (one row per contradiction of a call, however often sent), resolved by staff.
    /// </summary>
    public partial class CallAnswersAndDiscrepancyReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AboutKind",
                table: "insurer_calls",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AboutPlanCode",
                table: "insurer_calls",
                type: "character varying(80)",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AboutStateCode",
                table: "insurer_calls",
                type: "character(2)",
                fixedLength: true,
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SaidCovered",
                table: "insurer_calls",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SaidPriorAuthorizationNeeded",
                table: "insurer_calls",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SaidReferralNeeded",
                table: "insurer_calls",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SaidVisitsPerYear",
                table: "insurer_calls",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "discrepancy_reports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OwnerKind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    PlanCode = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    StateCode = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: true),
                    Field = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CallValue = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RuleValue = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RuleVersionId = table.Column<long>(type: "bigint", nullable: false),
                    CallDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ReferenceNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ResolvedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ResolutionNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discrepancy_reports", x => x.Id);
                    table.CheckConstraint("ck_discrepancy_reports_owner", "(\"OwnerKind\" = 'Plan' AND \"PlanCode\" IS NOT NULL AND \"StateCode\" IS NULL) OR (\"OwnerKind\" = 'Medicaid' AND \"StateCode\" IS NOT NULL AND \"PlanCode\" IS NULL) OR (\"OwnerKind\" = 'Medicare' AND \"PlanCode\" IS NULL AND \"StateCode\" IS NULL)");
                    table.CheckConstraint("ck_discrepancy_reports_resolved", "(\"Status\" = 'Open' AND \"ResolvedBy\" IS NULL AND \"ResolvedAt\" IS NULL AND \"Outcome\" IS NULL AND \"ResolutionNote\" IS NULL) OR (\"Status\" = 'Resolved' AND \"ResolvedBy\" IS NOT NULL AND \"ResolvedAt\" IS NOT NULL AND \"Outcome\" IS NOT NULL)");
                });

            migrationBuilder.AddCheckConstraint(
                name: "ck_insurer_calls_about",
                table: "insurer_calls",
                sql: "(\"AboutKind\" IS NULL AND \"AboutPlanCode\" IS NULL AND \"AboutStateCode\" IS NULL) OR (\"AboutKind\" = 'Plan' AND \"AboutPlanCode\" IS NOT NULL AND \"AboutStateCode\" IS NULL) OR (\"AboutKind\" = 'Medicaid' AND \"AboutStateCode\" IS NOT NULL AND \"AboutPlanCode\" IS NULL) OR (\"AboutKind\" = 'Medicare' AND \"AboutPlanCode\" IS NULL AND \"AboutStateCode\" IS NULL)");

            migrationBuilder.CreateIndex(
                name: "IX_discrepancy_reports_Status_SentAt",
                table: "discrepancy_reports",
                columns: new[] { "Status", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "ux_discrepancy_reports_same",
                table: "discrepancy_reports",
                columns: new[] { "OwnerKind", "PlanCode", "StateCode", "Field", "CallValue", "RuleValue", "RuleVersionId", "CallDate", "ReferenceNumber" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "discrepancy_reports");

            migrationBuilder.DropCheckConstraint(
                name: "ck_insurer_calls_about",
                table: "insurer_calls");

            migrationBuilder.DropColumn(
                name: "AboutKind",
                table: "insurer_calls");

            migrationBuilder.DropColumn(
                name: "AboutPlanCode",
                table: "insurer_calls");

            migrationBuilder.DropColumn(
                name: "AboutStateCode",
                table: "insurer_calls");

            migrationBuilder.DropColumn(
                name: "SaidCovered",
                table: "insurer_calls");

            migrationBuilder.DropColumn(
                name: "SaidPriorAuthorizationNeeded",
                table: "insurer_calls");

            migrationBuilder.DropColumn(
                name: "SaidReferralNeeded",
                table: "insurer_calls");

            migrationBuilder.DropColumn(
                name: "SaidVisitsPerYear",
                table: "insurer_calls");
        }
    }
}
