using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Tests.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Pages.Staff;

[Collection(AppCollectionDefinition.Name)]
public class ImportPageTests(AppFixture app)
{
    private async Task<bool> PlanExistsAsync(string code)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CoverageDbContext>().Plans.AnyAsync(p => p.Code == code);
    }

    [Fact]
    public async Task An_upload_is_previewed_without_writing_and_applying_it_writes_it()
    {
        var staff = await StaffSession.SignInAsync(app.Factory);
        var code = StaffSession.NewCode();
        var preview = await staff.UploadAsync(CatalogFiles.OnePlan(code: code));

        Assert.Contains("plans: 1 created", preview.QuerySelector("#import-preview .changes")!.TextContent, StringComparison.Ordinal);
        Assert.False(await PlanExistsAsync(code));

        using var applied = await FormSubmitter.SubmitAsync(staff.Client,
            (IHtmlFormElement)preview.QuerySelector("#apply-form")!, new Dictionary<string, string>());
        var page = await HtmlPage.ParseAsync(applied);
        Assert.Contains("plans: 1 created", page.QuerySelector("#import-applied")!.TextContent, StringComparison.Ordinal);
        Assert.True(await PlanExistsAsync(code));
    }

    [Fact]
    public async Task A_file_with_errors_lists_each_with_its_json_path_and_writes_nothing()
    {
        var staff = await StaffSession.SignInAsync(app.Factory);
        var code = StaffSession.NewCode();
        var page = await staff.UploadAsync(CatalogFiles.OnePlan("""{ "copay": 20000, "serviceCodes": ["99999"] }""", code: code));

        var errors = page.QuerySelectorAll("#import-errors li").Select(li => li.TextContent).ToList();
        Assert.Contains(errors, e => e.Contains("$.plans[0].rules[0].copay", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("$.plans[0].rules[0].serviceCodes[0]", StringComparison.Ordinal));
        Assert.Null(page.QuerySelector("#import-preview"));
        Assert.False(await PlanExistsAsync(code));
    }

    [Fact]
    public async Task Export_downloads_the_catalog_and_staff_may_reimport_it_unchanged()
    {
        var staff = await StaffSession.SignInAsync(app.Factory, Roles.Staff);
        using var response = await staff.Client.GetAsync(new Uri("/staff/export", UriKind.Relative));
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("coverage-catalog.json", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var json = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"acme-ppo-gold\"", json, StringComparison.Ordinal);

        var preview = await staff.UploadAsync(json);
        Assert.Empty(preview.QuerySelectorAll("#import-errors li"));
        Assert.NotNull(preview.QuerySelector("#import-preview"));
    }

    [Fact]
    public async Task Staff_cannot_change_a_medicaid_state_through_an_import()
    {
        var staff = await StaffSession.SignInAsync(app.Factory, Roles.Staff);
        using var response = await staff.Client.GetAsync(new Uri("/staff/export", UriKind.Relative));
        var export = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        ExportNodes.State(export, "WA")["populations"] = "Changed by a staff member";

        var page = await staff.UploadAsync(export.ToJsonString());

        var error = page.QuerySelector("#import-errors li")!.TextContent;
        Assert.Contains("$.medicaid", error, StringComparison.Ordinal);
        Assert.Contains("WA", error, StringComparison.Ordinal);
        Assert.Contains("only an admin", error, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#import-preview"));
    }
}
