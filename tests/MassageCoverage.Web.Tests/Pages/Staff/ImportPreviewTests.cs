using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Tests.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Pages.Staff;

/// <summary>
/// The import preview names every change (plan, field old → new, versions added, changed and removed), and Apply
/// applies the kept file: only for its uploader, once, within its lifetime, and only if the catalog has not moved.
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public class ImportPreviewTests(AppFixture app)
{
    private const string Renamed = """
        { "name": "Test PPO Platinum (demo)", "rules": [
          { "serviceCodes": ["97124"], "covered": true, "effectiveFrom": "2025-01-01", "effectiveTo": "2026-06-30", "source": "Test policy 1.2" },
          { "serviceCodes": ["97124"], "covered": true, "effectiveFrom": "2026-07-01", "maxVisitsPerYear": 12, "source": "Test policy 2.0" } ] }
        """;

    private static async Task<string> NewPlanAsync(StaffSession staff)
    {
        var code = StaffSession.NewCode();
        var applied = await staff.ApplyAsync(await staff.UploadAsync(CatalogFiles.OnePlan(code: code)));
        Assert.NotNull(applied.QuerySelector("#import-applied"));
        return code;
    }

    private Task<string> PlanNameAsync(string code) =>
        app.Factory.DbAsync(db => db.Plans.Where(p => p.Code == code).Select(p => p.Name).SingleAsync());

    private static List<string> Texts(IHtmlDocument page, string selector) =>
        [.. page.QuerySelectorAll(selector).Select(e => e.TextContent.Trim())];

    [Fact]
    public async Task The_preview_names_each_changed_field_old_and_new_and_each_version_added_or_closed()
    {
        var staff = await StaffSession.SignInAsync(app.Factory);
        var code = await NewPlanAsync(staff);

        var preview = await staff.UploadAsync(CatalogFiles.OnePlan(code: code, planOverrides: Renamed));

        var owner = preview.QuerySelector($"#import-changes li.import-owner[data-code='{code}']")!;
        Assert.Equal($"Plan Test PPO Platinum (demo) ({code}): changed", owner.QuerySelector("h3")!.TextContent);
        Assert.Equal(["name: Test PPO Silver (demo) → Test PPO Platinum (demo)"],
            owner.QuerySelectorAll(":scope > .import-fields > li").Select(li => li.TextContent));
        var closed = owner.QuerySelector(".import-versions > li[data-from='2025-01-01']")!;
        Assert.StartsWith("Rule version from 2025-01-01: changed", closed.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("effective to: none → 2026-06-30", Texts(preview, $"li[data-code='{code}'] li[data-from='2025-01-01'] .import-fields li"));
        var added = owner.QuerySelector(".import-versions > li[data-from='2026-07-01']")!;
        Assert.StartsWith("Rule version from 2026-07-01: added", added.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("max visits per year: 12", Texts(preview, $"li[data-code='{code}'] li[data-from='2026-07-01'] .import-fields li"));
        // Apply sits in the preview and asks for no file.
        Assert.Null(preview.QuerySelector("#apply-form input[type=file]"));
        Assert.Equal("Test PPO Silver (demo)", await PlanNameAsync(code));

        var applied = await staff.ApplyAsync(preview);

        Assert.Contains("plans: 0 created, 1 updated", applied.QuerySelector("#import-applied")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(applied.QuerySelector($"#import-changes li.import-owner[data-code='{code}']"));
        Assert.Equal("Test PPO Platinum (demo)", await PlanNameAsync(code));
    }

    [Fact]
    public async Task A_removed_version_is_listed_as_removed()
    {
        var staff = await StaffSession.SignInAsync(app.Factory);
        var code = await NewPlanAsync(staff);

        var preview = await staff.UploadAsync(CatalogFiles.OnePlan(code: code, planOverrides: """
            { "rules": [ { "serviceCodes": ["97124"], "covered": true, "effectiveFrom": "2025-02-01", "source": "Test policy 1.3" } ] }
            """));

        var versions = Texts(preview, $"li[data-code='{code}'] .import-versions > li");
        Assert.Contains(versions, v => v.StartsWith("Rule version from 2025-01-01: removed", StringComparison.Ordinal));
        Assert.Contains(versions, v => v.StartsWith("Rule version from 2025-02-01: added", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_preview_is_applied_once_and_a_second_apply_asks_for_the_file_again()
    {
        var staff = await StaffSession.SignInAsync(app.Factory);
        var code = await NewPlanAsync(staff);
        var preview = await staff.UploadAsync(CatalogFiles.OnePlan(code: code, planOverrides: Renamed));

        await staff.ApplyAsync(preview);
        var again = await staff.ApplyAsync(preview);

        Assert.Contains("upload the file again", again.QuerySelector("#import-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Null(again.QuerySelector("#import-applied"));
    }

    [Fact]
    public async Task Apply_is_refused_when_the_catalog_changed_after_the_preview_and_nothing_is_written()
    {
        var staff = await StaffSession.SignInAsync(app.Factory);
        var code = await NewPlanAsync(staff);
        var preview = await staff.UploadAsync(CatalogFiles.OnePlan(code: code, planOverrides: Renamed));

        // Someone else changes the catalog in between.
        await NewPlanAsync(await StaffSession.SignInAsync(app.Factory));
        var refused = await staff.ApplyAsync(preview);

        Assert.Contains("the catalog has changed since this file was previewed", refused.QuerySelector("#import-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Null(refused.QuerySelector("#import-applied"));
        Assert.Equal("Test PPO Silver (demo)", await PlanNameAsync(code));
    }

    [Fact]
    public async Task Another_user_cannot_apply_someone_elses_preview()
    {
        var staff = await StaffSession.SignInAsync(app.Factory);
        var code = await NewPlanAsync(staff);
        var theirs = await staff.UploadAsync(CatalogFiles.OnePlan(code: code, planOverrides: Renamed));
        var id = ((IHtmlInputElement)theirs.QuerySelector("#apply-form input[name=PreviewId]")!).Value;

        var other = await StaffSession.SignInAsync(app.Factory);
        var own = await other.UploadAsync(CatalogFiles.OnePlan(code: StaffSession.NewCode()));
        var refused = await other.ApplyAsync(own, new Dictionary<string, string> { ["PreviewId"] = id });

        Assert.Contains("upload the file again", refused.QuerySelector("#import-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Test PPO Silver (demo)", await PlanNameAsync(code));
    }

    [Fact]
    public async Task A_preview_older_than_its_lifetime_is_not_applied()
    {
        var staff = await StaffSession.SignInAsync(app.Factory);
        var code = await NewPlanAsync(staff);
        var preview = await staff.UploadAsync(CatalogFiles.OnePlan(code: code, planOverrides: Renamed));
        var id = Guid.Parse(((IHtmlInputElement)preview.QuerySelector("#apply-form input[name=PreviewId]")!).Value);
        await app.Factory.DbAsync(db => db.ImportPreviews.Where(p => p.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.CreatedAt, p => p.CreatedAt.AddMinutes(-31))));

        var refused = await staff.ApplyAsync(preview);

        Assert.Contains("expired", refused.QuerySelector("#import-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Test PPO Silver (demo)", await PlanNameAsync(code));
    }
}
