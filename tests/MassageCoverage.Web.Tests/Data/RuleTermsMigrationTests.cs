using MassageCoverage.Core.Coverage;
using MassageCoverage.Testing;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace MassageCoverage.Web.Tests.Data;

/// <summary>Rule rows written one column per term, as a database upgraded in place holds them, moved into one jsonb value.</summary>
public class RuleTermsMigrationTests
{
    [Fact]
    public async Task Upgrading_keeps_every_term_of_an_old_row_and_gives_only_the_untouched_seeded_rules_their_pathway()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = new CoverageDbContext(new DbContextOptionsBuilder<CoverageDbContext>().UseNpgsql(database.ConnectionString).Options);
        var migrator = db.GetInfrastructure().GetRequiredService<IMigrator>();
        await migrator.MigrateAsync("20261203125306_ConfirmExistingAccounts");
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var insert = new NpgsqlCommand("""
            INSERT INTO medicaid_state_programs ("StateCode", "StateName", "CoverageForm", "Populations", "UpdatedBy", "UpdatedAt")
              SELECT 'CO', 'Colorado', 'waiverOnly', NULL, 'seed: docs/domain.md', now()
              WHERE NOT EXISTS (SELECT 1 FROM medicaid_state_programs WHERE "StateCode" = 'CO');
            INSERT INTO coverage_rules ("OwnerKind", "StateCode", "ServiceCodes", "Covered", "RequiresReferral", "ReferralValidDays",
                "RequiresPriorAuthorization", "PriorAuthorizationAfterVisits", "RequiresLicensedTherapist", "RequiresInNetwork",
                "AllowedProviderTypes", "MaxVisitsPerYear", "CoveredDiagnosisPrefixes", "MinAge", "MaxAge", "Copay", "CoinsurancePercent",
                "DeductibleApplies", "EffectiveFrom", "EffectiveTo", "Source", "LastVerified", "Notes", "UpdatedBy", "UpdatedAt") VALUES
              ('Medicaid', 'CO', '{97124,97140}', true, true, 90, true, 6, true, true, '{MassageTherapist,PhysicalTherapist}', 12,
               '{M54,M6283}', 18, 64, 30.00, 20.50, true, DATE '2020-01-01', DATE '2021-12-31', 'Old policy', DATE '2025-02-03',
               'Oregon''s "notes"', 'admin-1', now()),
              ('Medicaid', 'CO', '{97124}', true, false, NULL, true, NULL, false, false, '{}', NULL, '{}', 18, NULL, NULL, NULL,
               false, DATE '2022-07-01', NULL, 'hcpf.colorado.gov; 10 CCR 2505-10 section 8.7513', DATE '2026-11-26', 'Waiver',
               'seed: docs/domain.md', now()),
              ('Medicare', NULL, '{97124}', true, true, NULL, false, NULL, true, false, '{PhysicalTherapist}', NULL, '{}', NULL, NULL,
               NULL, 20, true, DATE '2024-01-01', NULL, 'Changed by an admin', NULL, NULL, 'admin-2', now());
            """, connection);
            await insert.ExecuteNonQueryAsync();
        }

        await migrator.MigrateAsync();

        var rules = await db.Rules.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
        var old = rules[0].Terms;
        Assert.Equal(["97124", "97140"], old.ServiceCodes);
        Assert.True(old.Covered && old.RequiresReferral && old.RequiresPriorAuthorization && old.RequiresLicensedTherapist && old.RequiresInNetwork && old.DeductibleApplies);
        Assert.Equal((90, 6, 12, 18, 64), (old.ReferralValidDays, old.PriorAuthorizationAfterVisits, old.MaxVisitsPerYear, old.MinAge, old.MaxAge));
        Assert.Equal([ProviderType.MassageTherapist, ProviderType.PhysicalTherapist], old.AllowedProviderTypes);
        Assert.Equal(["M54", "M6283"], old.CoveredDiagnosisPrefixes);
        Assert.Equal((30.00m, 20.50m), (old.Copay, old.CoinsurancePercent));
        Assert.Equal(("Old policy", new DateOnly(2025, 2, 3), "Oregon's \"notes\""), (old.Source, old.LastVerified, old.Notes));
        Assert.Equal((new DateOnly(2020, 1, 1), new DateOnly(2021, 12, 31)), (rules[0].EffectiveFrom, rules[0].EffectiveTo));
        Assert.Equal((RulePathway.Standalone, UnitRule.CmsEightMinute, BenefitPeriodKind.CalendarYear), (old.Pathway, old.UnitRule, old.BenefitPeriod));

        Assert.Equal(RulePathway.ProgramEnrollment, rules[1].Terms.Pathway);
        Assert.Equal("Complementary and Integrative Health waiver", rules[1].Terms.ProgramName);
        Assert.Equal(RulePathway.Standalone, rules[2].Terms.Pathway);
    }
}
