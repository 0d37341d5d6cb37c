using MassageCoverage.Testing;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Rules;

/// <summary>
/// The saves the editor's own date check cannot see coming: another save lands between loading the versions and
/// writing. The database refuses them, and the store turns each refusal into a message beside the dates.
/// </summary>
public class RuleVersionStoreTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_version_added_elsewhere_after_loading_is_refused_by_the_exclusion_constraint_not_a_500()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var owner = (await scope.ServiceProvider.GetRequiredService<RuleOwners>().StateAsync("OR", CancellationToken.None))!;
        await DbAsync(async db =>
        {
            // Oregon is unknown in the seed; its criteria do not matter to the store, only its versions.
            db.Rules.Add(Version("2030-08-01", "2030-12-31"));
            await db.SaveChangesAsync();
        });

        var result = await scope.ServiceProvider.GetRequiredService<RuleVersionStore>()
            .SaveAsync(owner, null, Version("2030-09-01", "2030-10-31"), 0, "test", CancellationToken.None);

        var overlap = Assert.IsType<RuleSave.Overlap>(result);
        Assert.Contains("Someone else saved a version of this state a moment ago", overlap.Message, StringComparison.Ordinal);
        Assert.Equal(1, await DbAsync(db => db.Rules.CountAsync(r => r.StateCode == "OR")));
        Assert.Equal(0, await DbAsync(db => db.AuditEntries.CountAsync(a => a.Actor == "test")));
    }

    [Fact]
    public async Task Closing_a_version_changed_elsewhere_after_loading_is_refused_and_nothing_is_written()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var owner = (await scope.ServiceProvider.GetRequiredService<RuleOwners>().StateAsync("CO", CancellationToken.None))!;
        await DbAsync(async db =>
        {
            (await db.Rules.SingleAsync(r => r.StateCode == "CO")).Notes = "Changed by someone else";
            await db.SaveChangesAsync();
        });

        var result = await scope.ServiceProvider.GetRequiredService<RuleVersionStore>()
            .SaveAsync(owner, null, Version("2031-01-01", null), 0, "test", CancellationToken.None);

        Assert.IsType<RuleSave.Overlap>(result);
        var stored = await DbAsync(db => db.Rules.Where(r => r.StateCode == "CO").ToListAsync());
        Assert.Null(Assert.Single(stored).EffectiveTo);
        Assert.Equal(0, await DbAsync(db => db.AuditEntries.CountAsync(a => a.Actor == "test")));
    }

    private static RuleVersion Version(string from, string? to) => new()
    {
        OwnerKind = RuleOwnerKind.Medicaid, StateCode = "OR", UpdatedBy = "seed", ServiceCodes = ["97124"], Covered = true,
        EffectiveFrom = DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
        EffectiveTo = to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture),
    };

    private async Task<T> DbAsync<T>(Func<CoverageDbContext, Task<T>> query)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CoverageDbContext>());
    }

    private async Task DbAsync(Func<CoverageDbContext, Task> command)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        await command(scope.ServiceProvider.GetRequiredService<CoverageDbContext>());
    }
}
