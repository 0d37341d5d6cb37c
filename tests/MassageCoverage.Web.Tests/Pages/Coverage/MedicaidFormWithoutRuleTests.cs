using MassageCoverage.Core.Medicaid;
using MassageCoverage.Testing;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Catalog;
using MassageCoverage.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Pages.Coverage;

/// <summary>
/// A state's stored form and its rules disagree, as an admin's save can leave them: the public page says what the
/// check answers. Writes to its own database, so the shared one stays as seeded.
/// </summary>
public class MedicaidFormWithoutRuleTests : OwnDatabaseTests
{
    [Fact]
    public async Task A_form_set_without_a_rule_shows_Unknown_verify_as_the_check_answers()
    {
        await Factory.DbAsync(async db =>
        {
            var texas = await db.MedicaidStatePrograms.SingleAsync(s => s.StateCode == "TX");
            texas.CoverageForm = CoverageForm.WithinTherapy;
            texas.Source = "an admin's edit with no rule";
            await db.SaveChangesAsync();
        });
        await Factory.Services.GetRequiredService<CatalogProvider>().RefreshAsync();
        using var client = Factory.CreateClient();

        var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri("/medicaid", UriKind.Relative)));

        Assert.Equal("Unknown - verify", page.QuerySelector("#state-TX .status-badge")!.TextContent);
        Assert.Contains("tile-unknown", page.QuerySelector(".tile-map a[data-state='TX']")!.ClassList);
        Assert.Equal("Texas, TX: unknown - verify", page.QuerySelector(".tile-map a[data-state='TX']")!.GetAttribute("aria-label"));
        var api = await (await client.GetAsync(new Uri("/api/v1/medicaid/TX", UriKind.Relative))).OkJsonAsync();
        Assert.Equal("unknown", api.Text("coverageForm"));
        Assert.Empty(await MedicaidMapTruth.DisagreementsAsync(client));
    }

    [Fact]
    public async Task A_waiver_whose_only_rule_ended_yesterday_shows_Unknown_verify()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await Factory.DbAsync(async db =>
        {
            var rule = await db.Rules.SingleAsync(r => r.OwnerKind == RuleOwnerKind.Medicaid && r.StateCode == "CO");
            rule.EffectiveTo = today.AddDays(-1);
            await db.SaveChangesAsync();
        });
        await Factory.Services.GetRequiredService<CatalogProvider>().RefreshAsync();
        using var client = Factory.CreateClient();

        var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri("/medicaid", UriKind.Relative)));

        var colorado = page.QuerySelector("#state-CO")!.TextContent;
        Assert.Contains("Unknown - verify", colorado, StringComparison.Ordinal);
        Assert.DoesNotContain("Only through a waiver program", colorado, StringComparison.Ordinal);
        Assert.Contains("Complementary and Integrative Health waiver", colorado, StringComparison.Ordinal);
        Assert.Empty(await MedicaidMapTruth.DisagreementsAsync(client));
    }

    [Fact]
    public async Task A_covered_form_whose_rule_in_effect_covers_nothing_shows_Not_covered()
    {
        await Factory.DbAsync(async db =>
        {
            var rule = await db.Rules.SingleAsync(r => r.OwnerKind == RuleOwnerKind.Medicaid && r.StateCode == "CO");
            rule.Terms = rule.Terms with { Covered = false };
            await db.SaveChangesAsync();
        });
        await Factory.Services.GetRequiredService<CatalogProvider>().RefreshAsync();
        using var client = Factory.CreateClient();

        var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri("/medicaid", UriKind.Relative)));

        Assert.Equal("Not covered", page.QuerySelector("#state-CO .status-badge")!.TextContent);
        Assert.Empty(await MedicaidMapTruth.DisagreementsAsync(client));
    }
}
