using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MassageCoverage.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class RuleTermsAsJson : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The terms move into one jsonb value, by the names and words RuleTermsJson writes (enum names
            // camelCased), before the columns go; the new terms take their defaults.
            migrationBuilder.AddColumn<string>(name: "Terms", table: "coverage_rules", type: "jsonb", nullable: true);
            migrationBuilder.Sql("""
                CREATE FUNCTION pg_temp.camel(word text) RETURNS text LANGUAGE sql IMMUTABLE
                    AS $$ SELECT lower(left(word, 1)) || substr(word, 2) $$;
                UPDATE coverage_rules SET "Terms" = jsonb_build_object(
                    'serviceCodes', to_jsonb("ServiceCodes"),
                    'covered', "Covered",
                    'requiresReferral', "RequiresReferral",
                    'referralValidDays', "ReferralValidDays",
                    'requiresPriorAuthorization', "RequiresPriorAuthorization",
                    'priorAuthorizationAfterVisits', "PriorAuthorizationAfterVisits",
                    'requiresLicensedTherapist', "RequiresLicensedTherapist",
                    'requiresInNetwork', "RequiresInNetwork",
                    'allowedProviderTypes', COALESCE((SELECT jsonb_agg(pg_temp.camel(t) ORDER BY n)
                        FROM unnest("AllowedProviderTypes") WITH ORDINALITY AS a(t, n)), '[]'::jsonb),
                    'maxVisitsPerYear', "MaxVisitsPerYear",
                    'pathway', 'standalone',
                    'programName', NULL,
                    'visitPool', NULL,
                    'maxMinutesPerVisit', NULL,
                    'unitRule', 'cmsEightMinute',
                    'benefitPeriod', 'calendarYear',
                    'planYearStartMonth', NULL,
                    'coveredDiagnosisPrefixes', to_jsonb("CoveredDiagnosisPrefixes"),
                    'minAge', "MinAge",
                    'maxAge', "MaxAge",
                    'copay', "Copay",
                    'coinsurancePercent', "CoinsurancePercent",
                    'deductibleApplies', "DeductibleApplies",
                    'source', "Source",
                    'lastVerified', "LastVerified",
                    'notes', "Notes");
                """);
            // The two seeded rules that were stored before the pathways existed, identified as the seed identifies
            // them (the owner; seeded by "seed: docs/domain.md", from the seeded day and source): only when nobody
            // has changed them since, so an edit by staff or an import is never overruled.
            migrationBuilder.Sql("""
                UPDATE coverage_rules SET "Terms" = "Terms" || '{"pathway": "withinTherapyPlanOfCare"}'::jsonb
                WHERE "OwnerKind" = 'Medicare' AND "UpdatedBy" = 'seed: docs/domain.md' AND "EffectiveFrom" = DATE '2024-01-01'
                  AND "Terms"->>'source' = 'Medicare Benefit Policy Manual 100-02 ch.15 s220; 42 CFR 410.61';
                UPDATE coverage_rules
                SET "Terms" = "Terms" || '{"pathway": "programEnrollment", "programName": "Complementary and Integrative Health waiver"}'::jsonb
                WHERE "OwnerKind" = 'Medicaid' AND "StateCode" = 'CO' AND "UpdatedBy" = 'seed: docs/domain.md'
                  AND "EffectiveFrom" = DATE '2022-07-01' AND "Terms"->>'source' = 'hcpf.colorado.gov; 10 CCR 2505-10 section 8.7513';
                """);
            migrationBuilder.Sql("""ALTER TABLE coverage_rules ALTER COLUMN "Terms" SET NOT NULL;""");

            migrationBuilder.DropColumn(
                name: "AllowedProviderTypes",
                table: "coverage_rules");

            migrationBuilder.DropColumn(
                name: "CoinsurancePercent",
                table: "coverage_rules");

            migrationBuilder.DropColumn(
                name: "Copay",
                table: "coverage_rules");

            migrationBuilder.DropColumn(
                name: "Covered",
                table: "coverage_rules");

            migrationBuilder.DropColumn(
                name: "CoveredDiagnosisPrefixes",
                table: "coverage_rules");

            migrationBuilder.DropColumn(
                name: "DeductibleApplies",
                table: "coverage_rules");

            migrationBuilder.DropColumn(
                name: "LastVerified",
                table: "coverage_rules");

            migrationBuilder.DropColumn(
                name: "MaxAge",
                table: "coverage_rules");

            migrationBuilder.DropColumn(
                name: "MaxVisitsPerYear",
                table: "coverage_rules");

            migrationBuilder.DropColumn(
                name: "MinAge",
                table: "coverage_rules");

            migrationBuilder.DropColumn(
                name: "Notes",
                table: "coverage_rules");

            migrationBuilder.DropColumn(
                name: "PriorAuthorizationAfterVisits",
                table: "coverage_rules");

            migrationBuilder.DropColumn(
                name: "ReferralValidDays",
                table: "coverage_rules");

            migrationBuilder.DropColumn(
                name: "RequiresInNetwork",
                table: "coverage_rules");

            migrationBuilder.DropColumn(
                name: "RequiresLicensedTherapist",
                table: "coverage_rules");

            migrationBuilder.DropColumn(
                name: "RequiresPriorAuthorization",
                table: "coverage_rules");

            migrationBuilder.DropColumn(
                name: "RequiresReferral",
                table: "coverage_rules");

            migrationBuilder.DropColumn(
                name: "ServiceCodes",
                table: "coverage_rules");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "coverage_rules");

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Terms",
                table: "coverage_rules");

            migrationBuilder.AddColumn<string[]>(
                name: "AllowedProviderTypes",
                table: "coverage_rules",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<decimal>(
                name: "CoinsurancePercent",
                table: "coverage_rules",
                type: "numeric(5,2)",
                precision: 5,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "Copay",
                table: "coverage_rules",
                type: "numeric(10,2)",
                precision: 10,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Covered",
                table: "coverage_rules",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<List<string>>(
                name: "CoveredDiagnosisPrefixes",
                table: "coverage_rules",
                type: "text[]",
                nullable: false);

            migrationBuilder.AddColumn<bool>(
                name: "DeductibleApplies",
                table: "coverage_rules",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LastVerified",
                table: "coverage_rules",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MaxAge",
                table: "coverage_rules",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MaxVisitsPerYear",
                table: "coverage_rules",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MinAge",
                table: "coverage_rules",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Notes",
                table: "coverage_rules",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PriorAuthorizationAfterVisits",
                table: "coverage_rules",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReferralValidDays",
                table: "coverage_rules",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RequiresInNetwork",
                table: "coverage_rules",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "RequiresLicensedTherapist",
                table: "coverage_rules",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "RequiresPriorAuthorization",
                table: "coverage_rules",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "RequiresReferral",
                table: "coverage_rules",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<List<string>>(
                name: "ServiceCodes",
                table: "coverage_rules",
                type: "text[]",
                nullable: false);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "coverage_rules",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);
        }
    }
}
