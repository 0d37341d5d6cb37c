using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MassageCoverage.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CoverageRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    EntityType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Before = table.Column<string>(type: "jsonb", nullable: true),
                    After = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "insurers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PayerId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_insurers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plans",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    InsurerId = table.Column<long>(type: "bigint", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PlanType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    States = table.Column<List<string>>(type: "text[]", nullable: false),
                    NetworkType = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans", x => x.Id);
                    table.CheckConstraint("ck_plans_type", "\"PlanType\" IN ('Private', 'MedicareAdvantage')");
                    table.ForeignKey(
                        name: "FK_plans_insurers_InsurerId",
                        column: x => x.InsurerId,
                        principalTable: "insurers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "coverage_rules",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OwnerKind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    PlanId = table.Column<long>(type: "bigint", nullable: true),
                    StateCode = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: true),
                    ServiceCodes = table.Column<List<string>>(type: "text[]", nullable: false),
                    Covered = table.Column<bool>(type: "boolean", nullable: false),
                    RequiresReferral = table.Column<bool>(type: "boolean", nullable: false),
                    ReferralValidDays = table.Column<int>(type: "integer", nullable: true),
                    RequiresPriorAuthorization = table.Column<bool>(type: "boolean", nullable: false),
                    PriorAuthorizationAfterVisits = table.Column<int>(type: "integer", nullable: true),
                    RequiresLicensedTherapist = table.Column<bool>(type: "boolean", nullable: false),
                    RequiresInNetwork = table.Column<bool>(type: "boolean", nullable: false),
                    AllowedProviderTypes = table.Column<string[]>(type: "text[]", nullable: false),
                    MaxVisitsPerYear = table.Column<int>(type: "integer", nullable: true),
                    CoveredDiagnosisPrefixes = table.Column<List<string>>(type: "text[]", nullable: false),
                    MinAge = table.Column<int>(type: "integer", nullable: true),
                    MaxAge = table.Column<int>(type: "integer", nullable: true),
                    Copay = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: true),
                    CoinsurancePercent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    DeductibleApplies = table.Column<bool>(type: "boolean", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    LastVerified = table.Column<DateOnly>(type: "date", nullable: true),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_coverage_rules", x => x.Id);
                    table.CheckConstraint("ck_coverage_rules_dates", "\"EffectiveTo\" IS NULL OR \"EffectiveTo\" >= \"EffectiveFrom\"");
                    table.CheckConstraint("ck_coverage_rules_owner", "(\"OwnerKind\" = 'Plan' AND \"PlanId\" IS NOT NULL AND \"StateCode\" IS NULL) OR (\"OwnerKind\" = 'Medicaid' AND \"StateCode\" IS NOT NULL AND \"PlanId\" IS NULL) OR (\"OwnerKind\" = 'Medicare' AND \"PlanId\" IS NULL AND \"StateCode\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_coverage_rules_medicaid_state_programs_StateCode",
                        column: x => x.StateCode,
                        principalTable: "medicaid_state_programs",
                        principalColumn: "StateCode",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_coverage_rules_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_At",
                table: "audit_entries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_EntityType_EntityId",
                table: "audit_entries",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_coverage_rules_OwnerKind_PlanId_StateCode_EffectiveFrom",
                table: "coverage_rules",
                columns: new[] { "OwnerKind", "PlanId", "StateCode", "EffectiveFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_coverage_rules_PlanId",
                table: "coverage_rules",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_coverage_rules_StateCode",
                table: "coverage_rules",
                column: "StateCode");

            migrationBuilder.CreateIndex(
                name: "IX_insurers_Name",
                table: "insurers",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_Code",
                table: "plans",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_InsurerId",
                table: "plans",
                column: "InsurerId");

            // Versions of one owner never overlap, even under concurrent writers: the database refuses it.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS btree_gist;");
            migrationBuilder.Sql("""
                ALTER TABLE coverage_rules ADD CONSTRAINT ex_coverage_rules_no_overlap EXCLUDE USING gist (
                    "OwnerKind" WITH =, (COALESCE("PlanId", 0)) WITH =, (COALESCE("StateCode", '')) WITH =,
                    daterange("EffectiveFrom", "EffectiveTo", '[]') WITH &&);
                """);

            // One counter that every change to the catalog's tables bumps, whoever writes (the app, an import run
            // from the command line, psql). Running apps poll it and rebuild their in-memory snapshot.
            migrationBuilder.Sql("""
                CREATE TABLE catalog_revision (
                    id integer PRIMARY KEY CHECK (id = 1),
                    revision bigint NOT NULL,
                    changed_at timestamp with time zone NOT NULL);
                INSERT INTO catalog_revision VALUES (1, 0, now());
                CREATE FUNCTION bump_catalog_revision() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE catalog_revision SET revision = revision + 1, changed_at = now() WHERE id = 1;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER insurers_bump_catalog AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON insurers
                    FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_revision();
                CREATE TRIGGER plans_bump_catalog AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON plans
                    FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_revision();
                CREATE TRIGGER coverage_rules_bump_catalog AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON coverage_rules
                    FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_revision();
                CREATE TRIGGER medicaid_bump_catalog AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON medicaid_state_programs
                    FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_revision();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS medicaid_bump_catalog ON medicaid_state_programs;
                DROP TABLE IF EXISTS catalog_revision;
                DROP FUNCTION IF EXISTS bump_catalog_revision() CASCADE;
                """);

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "coverage_rules");

            migrationBuilder.DropTable(
                name: "plans");

            migrationBuilder.DropTable(
                name: "insurers");
        }
    }
}
