using AngleSharp.Html.Dom;
using MassageCoverage.Testing;
using MassageCoverage.Web.Tests.Import;

namespace MassageCoverage.Web.Tests.Pages.Staff;

/// <summary>
/// Staff read a 271 over HTTP: what it says about massage, what it cannot say, how it compares with the plan's rule,
/// a draft from it, and every malformed file answered beside the field; the 271 is neither echoed, shown by name nor logged.
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public class EligibilityPageTests(AppFixture app)
{
    private static string Corpus(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Eligibility", "Corpus", name));

    private static async Task<IHtmlDocument> ReadAsync(StaffSession staff, string text, string? planCode = null)
    {
        var answers = new Dictionary<string, string> { ["Text"] = text };
        if (planCode is not null)
        {
            answers["PlanCode"] = planCode;
        }

        return await staff.SubmitAsync("/staff/eligibility", answers);
    }

    private static string Text(IHtmlDocument page, string selector) => page.QuerySelector(selector)!.TextContent.Trim();

    [Fact]
    public async Task A_massage_answer_is_read_and_compared_with_the_plans_rule_term_by_term()
    {
        var staff = await StaffSession.SignInAsync(app.Factory);
        var code = StaffSession.NewCode();
        Assert.NotNull((await staff.ApplyAsync(await staff.UploadAsync(CatalogFiles.OnePlan(
            """{ "maxVisitsPerYear": 20, "copay": 25 }""", code: code)))).QuerySelector("#import-applied"));

        var page = await ReadAsync(staff, Corpus("be-visit-limit.x12"), code);

        Assert.Equal("The payer answered for massage therapy (BE).", Text(page, "#answered-by"));
        Assert.Equal("active coverage (in network)", Text(page, "#benefit-status"));
        Assert.Equal("20%", Text(page, "#benefit-coinsurance"));
        Assert.Equal("$25", Text(page, "#benefit-copay"));
        Assert.Equal("20", Text(page, "#benefit-visits"));
        Assert.Equal("required", Text(page, "#benefit-authorization"));
        Assert.Contains("$350 left, in network (the plan as a whole (30))", Text(page, "#benefits"), StringComparison.Ordinal);
        Assert.Contains("$500 a calendar year, in network", Text(page, "#benefits"), StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("#cannot-say li"), li => li.TextContent.StartsWith("Whether this therapist is in the plan's network", StringComparison.Ordinal));
        var agreement = page.QuerySelectorAll("#comparison tbody tr").ToDictionary(r => r.GetAttribute("data-term")!, r => r.GetAttribute("data-agreement"));
        Assert.Equal("Agrees", agreement["Coverage"]);
        Assert.Equal("Agrees", agreement["Visits per year"]);
        Assert.Equal("Differs", agreement["Prior authorization"]);
        Assert.Equal("Agrees", agreement["Co-payment"]);
        Assert.Equal("Differs", agreement["Co-insurance"]);

        // Nothing of the member: not the name, the id or the birth date; and the pasted text is not sent back.
        var html = page.DocumentElement.OuterHtml;
        Assert.DoesNotContain("DOE", html, StringComparison.Ordinal);
        Assert.DoesNotContain("XJ123456789", html, StringComparison.Ordinal);
        Assert.DoesNotContain("19800115", html, StringComparison.Ordinal);
        Assert.Equal("", ((IHtmlTextAreaElement)page.QuerySelector("#text")!).Value);
        Assert.DoesNotContain(app.Factory.Logs.Lines, l => l.Contains("JANE", StringComparison.Ordinal) || l.Contains("XJ123456789", StringComparison.Ordinal)
            || l.Contains("19800115", StringComparison.Ordinal) || l.Contains("EXAMPLE STREET", StringComparison.Ordinal));

        var draftForm = (IHtmlFormElement)page.QuerySelector("#draft-form")!;
        Assert.Equal($"/staff/plans/{code}/rules/new", new Uri(draftForm.Action).AbsolutePath);
        using var draft = await FormSubmitter.SubmitAsync(staff.Client, draftForm, new Dictionary<string, string>());
        var editor = await HtmlPage.ParseAsync(draft);
        Assert.NotNull(editor.QuerySelector("#drafted"));
        Assert.Equal("20", ((IHtmlInputElement)editor.QuerySelector("input[name='Form.MaxVisitsPerYear']")!).Value);
        Assert.True(((IHtmlInputElement)editor.QuerySelector("input[name='Form.PriorAuthorization'][value=always]")!).IsChecked);
        Assert.Equal("20", ((IHtmlInputElement)editor.QuerySelector("input[name='Form.CoinsurancePercent']")!).Value);
        Assert.StartsWith("X12 271 eligibility response from EXAMPLE HEALTH PLAN", ((IHtmlInputElement)editor.QuerySelector("input[name='Form.Source']")!).Value, StringComparison.Ordinal);
        Assert.Equal("", ((IHtmlInputElement)editor.QuerySelector("input[name='Form.EffectiveFrom']")!).Value);
    }

    [Fact]
    public async Task A_payer_that_answers_only_for_the_plan_is_not_read_as_a_massage_answer()
    {
        var staff = await StaffSession.SignInAsync(app.Factory);

        var page = await ReadAsync(staff, Corpus("plan-only-30.x12"));

        Assert.StartsWith("The payer did not answer for massage therapy (BE) itself", Text(page, "#answered-by"), StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("#cannot-say li"), li => li.TextContent.StartsWith("Anything about massage itself", StringComparison.Ordinal));
        Assert.Null(page.QuerySelector("#comparison"));
    }

    [Fact]
    public async Task A_rejection_names_its_reason()
    {
        var staff = await StaffSession.SignInAsync(app.Factory);

        var page = await ReadAsync(staff, Corpus("rejected-subscriber-not-found.x12"));

        Assert.Contains("subscriber not found (75)", Text(page, "#rejections"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("truncated.x12", "The 271 cannot be read at segment")]
    [InlineData("se-count-mismatch.x12", "the trailer counts")]
    public async Task A_malformed_file_is_named_beside_the_field_by_segment_and_position(string file, string expected)
    {
        var staff = await StaffSession.SignInAsync(app.Factory);

        var page = await ReadAsync(staff, Corpus(file));

        Assert.Contains(expected, Text(page, "#text-error"), StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("#text")!.GetAttribute("aria-invalid"));
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll(".eligibility-reading"));
    }

    [Theory]
    [InlineData("", "Paste a 271")]
    [InlineData("hello, this is not X12", "not an X12 interchange")]
    public async Task Text_that_is_not_a_271_is_refused_beside_the_field(string text, string expected)
    {
        var staff = await StaffSession.SignInAsync(app.Factory);

        var page = await ReadAsync(staff, text);

        Assert.Contains(expected, Text(page, "#text-error"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_separators_are_read_from_the_ISA()
    {
        var staff = await StaffSession.SignInAsync(app.Factory);

        var page = await ReadAsync(staff, Corpus("pipe-separators.x12"));

        Assert.Null(page.QuerySelector("#text-error"));
        Assert.NotNull(page.QuerySelector(".eligibility-reading"));
    }

    [Fact]
    public async Task An_unknown_plan_code_is_refused_beside_its_field()
    {
        var staff = await StaffSession.SignInAsync(app.Factory);

        var page = await ReadAsync(staff, Corpus("be-visit-limit.x12"), "no-such-plan");

        Assert.Contains("No plan has this code", Text(page, "#planCode-error"), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll(".eligibility-reading"));
    }

    [Fact]
    public async Task The_271_can_be_uploaded_as_a_file()
    {
        var staff = await StaffSession.SignInAsync(app.Factory);
        var page = await staff.PageAsync("/staff/eligibility");
        var token = ((IHtmlInputElement)page.QuerySelector("#eligibility-form input[name=__RequestVerificationToken]")!).Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Eligibility", "Corpus", "hsd-visit-limit.x12"))), "file", "271.x12" },
        };
        using var response = await staff.Client.PostAsync(new Uri("/staff/eligibility", UriKind.Relative), content);

        var read = await HtmlPage.ParseAsync(response);
        Assert.Null(read.QuerySelector("#text-error"));
        Assert.NotNull(read.QuerySelector(".eligibility-reading #benefits"));
    }
}
