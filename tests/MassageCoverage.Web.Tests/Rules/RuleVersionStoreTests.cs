using MassageCoverage.Core.Coverage;
using MassageCoverage.Core.Medicaid;
using MassageCoverage.Testing;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Audit;
using MassageCoverage.Web.Features.Catalog.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace MassageCoverage.Web.Tests.Rules;

/// <summary>
/// The saves the editors' own checks cannot see coming: another save lands between loading and writing. The database
/// (constraints, xmin, the state row's lock) refuses them, and each refusal becomes a message, never a 500 or bad data.
/// Each test works on a state of its own in the class's database.
/// </summary>
public class RuleVersionStoreTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_version_added_elsewhere_after_loading_is_refused_by_the_exclusion_constraint_not_a_500()
    {
        await OpenAsync("NV");
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var owner = (await scope.ServiceProvider.GetRequiredService<RuleOwners>().StateAsync("NV", CancellationToken.None))!;
        await app.Factory.DbAsync(async db =>
        {
            db.Rules.Add(Version("NV", "2030-08-01", "2030-12-31"));
            await db.SaveChangesAsync();
        });

        var result = await Store(scope).SaveAsync(owner, null, Version("NV", "2030-09-01", "2030-10-31"), 0, "test", CancellationToken.None);

        var overlap = Assert.IsType<RuleSave.Overlap>(result);
        Assert.Equal(VersionDates.RaceMessage("state"), overlap.Message);
        Assert.Equal(1, await app.Factory.DbAsync(db => db.Rules.CountAsync(r => r.StateCode == "NV")));
        Assert.Equal(0, await app.Factory.DbAsync(db => db.AuditEntries.CountAsync(a => a.Actor == "test")));
    }

    [Fact]
    public async Task Closing_a_version_changed_elsewhere_after_loading_is_refused_and_nothing_is_written()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var owner = (await scope.ServiceProvider.GetRequiredService<RuleOwners>().StateAsync("CO", CancellationToken.None))!;
        await app.Factory.DbAsync(async db =>
        {
            var rule = await db.Rules.SingleAsync(r => r.StateCode == "CO");
            rule.Terms = rule.Terms with { Notes = "Changed by someone else" };
            await db.SaveChangesAsync();
        });

        var result = await Store(scope).SaveAsync(owner, null, Version("CO", "2031-01-01", null, RulePathway.ProgramEnrollment), 0, "test", CancellationToken.None);

        Assert.Equal(VersionDates.PreviousChangedMessage("state"), Assert.IsType<RuleSave.Overlap>(result).Message);
        var stored = await app.Factory.DbAsync(db => db.Rules.Where(r => r.StateCode == "CO").ToListAsync());
        Assert.Null(Assert.Single(stored).EffectiveTo);
        Assert.Equal(0, await app.Factory.DbAsync(db => db.AuditEntries.CountAsync(a => a.Actor == "test")));
    }

    [Fact]
    public async Task A_version_not_of_the_states_coverage_form_is_refused_beside_the_field_that_makes_it_so()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var owner = (await scope.ServiceProvider.GetRequiredService<RuleOwners>().StateAsync("CO", CancellationToken.None))!;

        // Colorado covers only through its waiver: a standalone version would tell the map one story and a check another.
        var standalone = await Store(scope).SaveAsync(owner, null, Version("CO", "2031-01-01", null), 0, "test", CancellationToken.None);
        var notCovered = Version("CO", "2031-01-01", null);
        notCovered.Terms = notCovered.Terms with { Covered = false };
        var covering = await Store(scope).SaveAsync(owner, null, notCovered, 0, "test", CancellationToken.None);

        var pathway = Assert.IsType<RuleSave.Disagrees>(standalone);
        Assert.Equal(nameof(RuleForm.Pathway), pathway.Field);
        Assert.Contains("\"Covered as its own service\", but Colorado's coverage form is \"Only through a waiver program\"", pathway.Message, StringComparison.Ordinal);
        Assert.Equal(nameof(RuleForm.Covered), Assert.IsType<RuleSave.Disagrees>(covering).Field);
        Assert.Single(await app.Factory.DbAsync(db => db.Rules.Where(r => r.StateCode == "CO").ToListAsync()));
        Assert.Equal(0, await app.Factory.DbAsync(db => db.AuditEntries.CountAsync(a => a.Actor == "test")));
    }

    [Fact]
    public async Task A_version_is_held_to_the_form_read_under_the_states_lock_not_the_one_loaded()
    {
        await OpenAsync("ID");
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var owner = (await scope.ServiceProvider.GetRequiredService<RuleOwners>().StateAsync("ID", CancellationToken.None))!;
        await app.Factory.DbAsync(async db =>
        {
            (await db.MedicaidStatePrograms.SingleAsync(s => s.StateCode == "ID")).CoverageForm = CoverageForm.WithinTherapy;
            await db.SaveChangesAsync();
        });

        var standalone = await Store(scope).SaveAsync(owner, null, Version("ID", "2026-01-01", null), 0, "test", CancellationToken.None);
        var withinTherapy = await Store(scope).SaveAsync(owner, null, Version("ID", "2026-01-01", null, RulePathway.SameDayTherapyAdjunct), 0, "idaho-editor", CancellationToken.None);

        Assert.Contains("coverage form is \"Only within physical or occupational therapy\"", Assert.IsType<RuleSave.Disagrees>(standalone).Message, StringComparison.Ordinal);
        Assert.IsType<RuleSave.Saved>(withinTherapy);
    }

    [Fact]
    public async Task A_version_for_a_state_made_unknown_after_loading_is_refused_under_the_states_lock()
    {
        await OpenAsync("NM");
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var owner = (await scope.ServiceProvider.GetRequiredService<RuleOwners>().StateAsync("NM", CancellationToken.None))!;
        Assert.Null(owner.Closed);
        await app.Factory.DbAsync(async db =>
        {
            (await db.MedicaidStatePrograms.SingleAsync(s => s.StateCode == "NM")).CoverageForm = CoverageForm.Unknown;
            await db.SaveChangesAsync();
        });

        var result = await Store(scope).SaveAsync(owner, null, Version("NM", "2026-01-01", null), 0, "test", CancellationToken.None);

        Assert.Contains("coverage form is unknown", Assert.IsType<RuleSave.Closed>(result).Message, StringComparison.Ordinal);
        Assert.Equal(0, await app.Factory.DbAsync(db => db.Rules.CountAsync(r => r.StateCode == "NM")));
    }

    [Fact]
    public async Task Making_a_state_unknown_is_refused_when_a_version_was_added_after_loading_so_none_outlives_it()
    {
        await OpenAsync("AZ");
        await app.Factory.DbAsync(async db =>
        {
            db.Rules.Add(Version("AZ", "2026-01-01", "2026-06-30"));
            await db.SaveChangesAsync();
        });
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var editor = scope.ServiceProvider.GetRequiredService<StateEditor>();
        var state = (await editor.FindAsync("AZ", CancellationToken.None))!;
        var form = StateEditor.ToForm(state);
        form.CoverageForm = "unknown";
        form.RemoveRules = true;
        form.RulesSeen = StateForm.Ids(state.Rules);
        Assert.Empty(StateEditor.Validate(state, form, DateOnly.FromDateTime(DateTime.UtcNow)));
        await app.Factory.DbAsync(async db =>
        {
            db.Rules.Add(Version("AZ", "2026-07-01", null));
            await db.SaveChangesAsync();
        });

        Assert.Equal(StateSave.RulesChanged, await editor.SaveAsync("test", state, form, CancellationToken.None));

        Assert.Equal(2, await app.Factory.DbAsync(db => db.Rules.CountAsync(r => r.StateCode == "AZ")));
        Assert.Equal(CoverageForm.Standalone, await app.Factory.DbAsync(db => db.MedicaidStatePrograms.Where(s => s.StateCode == "AZ").Select(s => s.CoverageForm).SingleAsync()));
        Assert.Equal(0, await app.Factory.DbAsync(db => db.AuditEntries.CountAsync(a => a.Actor == "test")));
    }

    [Fact]
    public async Task A_criteria_save_and_an_import_like_writer_touching_the_same_state_queue_instead_of_deadlocking()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var editor = scope.ServiceProvider.GetRequiredService<StateEditor>();
        var state = (await editor.FindAsync("UT", CancellationToken.None))!;
        var form = StateEditor.ToForm(state);
        form.Program = "Edited in the console";

        // The other writer goes as the import does: a plan first (its trigger takes catalog_revision), then the state.
        await using var other = new NpgsqlConnection(app.Database.ConnectionString);
        await other.OpenAsync();
        await using var transaction = await other.BeginTransactionAsync();
        await using (var plans = new NpgsqlCommand("""UPDATE plans SET "Name" = "Name" WHERE "Code" = 'acme-ppo-gold'""", other, transaction))
        {
            await plans.ExecuteNonQueryAsync();
        }

        var save = editor.SaveAsync("test", state, form, CancellationToken.None);
        await Task.Delay(300);
        await using (var states = new NpgsqlCommand("""UPDATE medicaid_state_programs SET "Note" = 'imported' WHERE "StateCode" = 'UT'""", other, transaction))
        {
            await states.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();

        // The console's save waited for the import, then found the state changed under it: refused, not deadlocked.
        Assert.Equal(StateSave.Stale, await save);
        Assert.Equal("imported", await app.Factory.DbAsync(db => db.MedicaidStatePrograms.Where(s => s.StateCode == "UT").Select(s => s.Note).SingleAsync()));
    }

    private static RuleVersionStore Store(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<RuleVersionStore>();

    /// <summary>Gives an unknown state a coverage form, so it may take rules.</summary>
    private Task OpenAsync(string state) => app.Factory.DbAsync(async db =>
    {
        var row = await db.MedicaidStatePrograms.SingleAsync(s => s.StateCode == state);
        (row.CoverageForm, row.Source) = (CoverageForm.Standalone, "Test bulletin");
        await db.SaveChangesAsync();
    });

    private static RuleVersion Version(string state, string from, string? to, RulePathway pathway = RulePathway.Standalone) => new()
    {
        OwnerKind = RuleOwnerKind.Medicaid, StateCode = state, UpdatedBy = "seed",
        Terms = new()
        {
            ServiceCodes = ["97124"], Covered = true, Pathway = pathway,
            ProgramName = pathway == RulePathway.ProgramEnrollment ? "Complementary and Integrative Health waiver" : null,
        },
        EffectiveFrom = DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
        EffectiveTo = to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture),
    };
}
