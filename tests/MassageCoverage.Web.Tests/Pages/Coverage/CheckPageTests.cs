using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using MassageCoverage.Testing;

namespace MassageCoverage.Web.Tests.Pages.Coverage;

[Collection(AppCollectionDefinition.Name)]
public class CheckPageTests(AppFixture app)
{
    private static readonly string TenDaysAgo =
        DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> EverythingMet() => new()
    {
        ["coverage"] = "private", ["state"] = "WA", ["plan"] = "acme-ppo-gold", ["conditionQuery"] = "M54.50",
        ["provider"] = "massageTherapist", ["licensed"] = "yes", ["inNetwork"] = "yes", ["referral"] = "yes",
        ["referralDate"] = TenDaysAgo, ["priorAuth"] = "unsure", ["visitsUsed"] = "0", ["age"] = "45",
    };

    [Fact]
    public async Task Everything_met_on_a_covering_plan_is_covered()
    {
        var (response, page) = await SubmitCheckAsync(EverythingMet());

        Assert.Equal("/check/result", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("Covered", page.QuerySelector(".badge-large")!.TextContent.Trim());
        Assert.All(page.QuerySelectorAll(".requirement-status"), s => Assert.Equal("Met", s.TextContent.Trim()));
        Assert.Contains("12 of 12 visits left this year.", page.QuerySelector("#visits-title + p")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Copay: $30 per visit.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Demo data for trying the app", page.QuerySelector(".rule-facts")!.TextContent, StringComparison.Ordinal);
    }

    // The treatment questions reach the engine: Colorado's seeded rule pays only for members of its waiver.
    [Theory]
    [InlineData("yes", "Covered")]
    [InlineData("no", "Covered only for people enrolled in the Complementary and Integrative Health waiver")]
    [InlineData("unsure", "Covered only for people enrolled in the Complementary and Integrative Health waiver")]
    public async Task Enrolment_in_Colorados_waiver_decides_between_covered_and_conditional(string enrolled, string badge)
    {
        var answers = new Dictionary<string, string>
        {
            ["coverage"] = "medicaid", ["state"] = "CO", ["provider"] = "massageTherapist", ["priorAuth"] = "yes",
            ["age"] = "30", ["enrolled"] = enrolled, ["minutes"] = "30",
        };

        var (response, page) = await SubmitCheckAsync(answers);

        Assert.Equal("/check/result", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(badge, page.QuerySelector(".badge-large")!.TextContent.Trim());
        Assert.Contains("Complementary and Integrative Health waiver", page.QuerySelector(".answer-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("enrolled=" + enrolled, response.RequestMessage.RequestUri.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Not_knowing_whether_the_therapist_is_in_network_is_conditional_with_a_question_for_the_phone()
    {
        var answers = EverythingMet();
        answers["inNetwork"] = "unsure";

        var (_, page) = await SubmitCheckAsync(answers);

        Assert.Equal("Covered if the steps below are done", page.QuerySelector(".badge-large")!.TextContent.Trim());
        var network = page.QuerySelectorAll(".requirement").Single(r => r.TextContent.Contains("In-network therapist", StringComparison.Ordinal));
        Assert.Contains("Not sure", network.QuerySelector(".requirement-status")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("How: Ask your insurer", network.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll(".questions li"), q => q.TextContent.Contains("in your network", StringComparison.Ordinal));
        Assert.StartsWith("Ask your insurer whether your therapist is in network", page.QuerySelector(".next-steps li")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plan_that_excludes_massage_is_not_covered_with_the_appeal_path()
    {
        var answers = EverythingMet();
        answers["plan"] = "acme-hmo-basic";

        var (_, page) = await SubmitCheckAsync(answers);

        Assert.Equal("Not covered", page.QuerySelector(".badge-large")!.TextContent.Trim());
        Assert.Contains(page.QuerySelectorAll(".next-steps li"), s => s.TextContent.Contains("file an appeal", StringComparison.Ordinal));
        Assert.Contains("wellness or maintenance", page.QuerySelector("#why-title")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Medicaid_in_a_state_without_reliable_data_is_unknown_and_says_what_to_ask()
    {
        var (_, page) = await SubmitCheckAsync(new() { ["coverage"] = "medicaid", ["state"] = "TX", ["diagnosis"] = "unknown" });

        Assert.Equal("Unknown - verify with your plan", page.QuerySelector(".badge-large")!.TextContent.Trim());
        Assert.Contains("will not guess", page.QuerySelector("#why-title")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll(".questions li"), q => q.TextContent.Contains("service type BE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invalid_answers_come_back_beside_their_fields_with_every_other_answer_kept()
    {
        var answers = EverythingMet();
        answers["age"] = "forty";
        answers["minutes"] = "0";
        answers["referralDate"] = "2999-01-01";

        var (response, page) = await SubmitCheckAsync(answers);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/check", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        Assert.Contains("from 1 to 480", page.QuerySelector("#minutes-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("from 0 to 120", page.QuerySelector("#age-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("cannot be in the future", page.QuerySelector("#referralDate-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("age-error", page.QuerySelector("#age")!.GetAttribute("aria-describedby")!.Split(' ').Last());
        var summaryLinks = page.QuerySelectorAll(".error-summary a").Select(l => l.GetAttribute("href") ?? "").ToList();
        Assert.Equal(["#referralDate", "#age", "#minutes"], summaryLinks.ToArray());

        Assert.Equal("forty", ((IHtmlInputElement)page.QuerySelector("#age")!).Value);
        Assert.Equal("WA", ((IHtmlSelectElement)page.QuerySelector("#state")!).Value);
        Assert.Equal("M54.50", ((IHtmlInputElement)page.QuerySelector("#conditionQuery")!).Value);
        Assert.True(((IHtmlInputElement)page.QuerySelector("#coverage-private")!).IsChecked);
        Assert.True(((IHtmlInputElement)page.QuerySelector("#licensed-yes")!).IsChecked);
        Assert.True(((IHtmlInputElement)page.QuerySelector("#inNetwork-yes")!).IsChecked);
    }

    [Fact]
    public async Task No_insurance_is_a_plain_not_covered_offering_a_good_faith_estimate_for_the_planned_visit()
    {
        var (response, page) = await SubmitCheckAsync(new()
        {
            ["coverage"] = "noInsurance", ["state"] = "TX", ["conditionQuery"] = "M54.50", ["provider"] = "massageTherapist", ["minutes"] = "60",
        });

        Assert.Equal("/check/result", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("Not covered", page.QuerySelector(".badge-large")!.TextContent.Trim());
        Assert.Contains("you have no insurance to pay for CPT 97124 (massage)", page.QuerySelector(".answer-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("you pay the clinic's price", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#questions-title"));
        var offer = page.QuerySelector("#estimate-link")!;
        Assert.Equal("/estimate?service=97124&diagnosis=M54.50&minutes=60", offer.GetAttribute("href"));
    }

    [Fact]
    public async Task Not_sure_of_the_coverage_kind_is_answered_with_how_to_find_out()
    {
        var (response, page) = await SubmitCheckAsync(new() { ["coverage"] = "notSure", ["state"] = "TX" });

        Assert.Equal("/check/result", response.RequestMessage!.RequestUri!.AbsolutePath);
        var text = page.Body!.TextContent;
        Assert.Contains("once we know the kind of coverage you have", text, StringComparison.Ordinal);
        Assert.Contains("red, white and blue card", text, StringComparison.Ordinal);
        Assert.Contains("member-services number on the back of your insurance card", text, StringComparison.Ordinal);
        Assert.Contains("1-800-MEDICARE (1-800-633-4227)", text, StringComparison.Ordinal);
        Assert.Contains("Texas Health and Human Services", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("private")]
    [InlineData("medicareAdvantage")]
    public async Task A_plan_not_chosen_is_answered_with_how_to_find_it(string coverage)
    {
        var answers = EverythingMet();
        answers.Remove("plan");
        answers["coverage"] = coverage;

        var (response, page) = await SubmitCheckAsync(answers);

        Assert.Equal("/check/result", response.RequestMessage!.RequestUri!.AbsolutePath);
        var text = page.Body!.TextContent;
        Assert.Contains("once we know which plan you have", text, StringComparison.Ordinal);
        Assert.Contains("Find your plan's name on your insurance card", text, StringComparison.Ordinal);
        Assert.Equal(coverage == "medicareAdvantage", text.Contains("1-800-MEDICARE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_plan_search_works_without_javascript_and_keeps_the_answers()
    {
        using var client = app.Factory.CreateClient();
        var form = await CheckFormAsync(client);

        using var response = await FormSubmitter.SubmitAsync(client, form,
            new Dictionary<string, string> { ["coverage"] = "private", ["state"] = "WA", ["planQuery"] = "acme", ["age"] = "61" },
            submitText: "Find plans");
        var page = await HtmlPage.ParseAsync(response);

        var plans = page.QuerySelectorAll("#plan-choices input[name=plan]").Select(i => i.GetAttribute("value") ?? "").ToList();
        Assert.Equal(["acme-hmo-basic", "acme-ppo-gold", "notListed"], plans.Order(StringComparer.Ordinal).ToArray());
        Assert.Empty(page.QuerySelectorAll(".field-error"));
        Assert.Equal("61", ((IHtmlInputElement)page.QuerySelector("#age")!).Value);
    }

    [Fact]
    public async Task The_condition_search_finds_codes_from_plain_words()
    {
        using var client = app.Factory.CreateClient();
        var form = await CheckFormAsync(client);

        using var response = await FormSubmitter.SubmitAsync(client, form,
            new Dictionary<string, string> { ["conditionQuery"] = "low back pain" }, submitText: "Find condition");
        var page = await HtmlPage.ParseAsync(response);

        var codes = page.QuerySelectorAll("input[name=diagnosis]").Select(i => i.GetAttribute("value") ?? "").ToList();
        Assert.Contains("M54.50", codes);
        Assert.Contains("M54.59", codes);
        Assert.Contains("unknown", codes);
    }

    [Fact]
    public async Task The_result_url_reruns_the_check_and_edit_answers_brings_every_answer_back()
    {
        var (response, first) = await SubmitCheckAsync(EverythingMet());
        var resultUrl = response.RequestMessage!.RequestUri!.PathAndQuery;
        Assert.DoesNotContain("id=", resultUrl, StringComparison.OrdinalIgnoreCase);

        using var client = app.Factory.CreateClient();
        var again = await HtmlPage.ParseAsync(await client.GetAsync(new Uri(resultUrl, UriKind.Relative)));
        Assert.Equal(first.QuerySelector(".answer")!.TextContent, again.QuerySelector(".answer")!.TextContent);

        var edit = again.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Edit answers").GetAttribute("href")!;
        var form = await HtmlPage.ParseAsync(await client.GetAsync(new Uri(edit, UriKind.Relative)));
        Assert.True(((IHtmlInputElement)form.QuerySelector("#plan-acme-ppo-gold")!).IsChecked);
        Assert.Equal("M54.50", ((IHtmlInputElement)form.QuerySelector("input[name=diagnosis]:checked")!).Value);
        Assert.Equal(TenDaysAgo, ((IHtmlInputElement)form.QuerySelector("#referralDate")!).Value);
        Assert.Equal("45", ((IHtmlInputElement)form.QuerySelector("#age")!).Value);
        Assert.True(((IHtmlInputElement)form.QuerySelector("#referral-yes")!).IsChecked);
    }

    [Fact]
    public async Task A_result_link_with_a_broken_answer_returns_to_the_form_showing_the_problem()
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/check/result?coverage=medicaid&state=ZZ", UriKind.Relative));
        var page = await HtmlPage.ParseAsync(response);

        Assert.Equal("/check", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.NotNull(page.QuerySelector("#state-error"));
    }

    [Fact]
    public async Task No_answer_from_a_check_reaches_the_logs()
    {
        // An app of its own, so every captured line comes from this check and no other test's traffic.
        await using var database = await TestDatabase.CreateAsync();
        await using var factory = new AppFactory(database.ConnectionString);
        await factory.InitializeDatabaseAsync();
        var answers = EverythingMet();
        answers["conditionQuery"] = "M79.18";

        var (response, _) = await SubmitCheckAsync(answers, factory);

        Assert.Equal("/check/result", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.NotNull(await factory.Logs.WaitForAsync(l => l.Contains("coverage check decided", StringComparison.Ordinal)));
        var leaks = factory.Logs.Lines
            .Where(l => l.Contains("M79.18", StringComparison.Ordinal) || l.Contains("M7918", StringComparison.Ordinal)
                || l.Contains(TenDaysAgo, StringComparison.Ordinal)).ToList();
        Assert.True(leaks.Count == 0, "Logged: " + string.Join("\n", leaks));
    }

    private async Task<(HttpResponseMessage Response, IHtmlDocument Page)> SubmitCheckAsync(
        Dictionary<string, string> answers, AppFactory? factory = null)
    {
        var client = (factory ?? app.Factory).CreateClient();
        var form = await CheckFormAsync(client);
        if (answers.TryGetValue("plan", out var plan))
        {
            // As a person does it: search for the plan first, then choose it among the matches.
            var withoutPlan = answers.Where(a => a.Key != "plan").ToDictionary();
            withoutPlan["planQuery"] = plan.Split('-')[0];
            using var found = await FormSubmitter.SubmitAsync(client, form, withoutPlan, submitText: "Find plans");
            form = (IHtmlFormElement)(await HtmlPage.ParseAsync(found)).QuerySelector("#check-form")!;
        }

        var response = await FormSubmitter.SubmitAsync(client, form, answers, submitText: null);
        return (response, await HtmlPage.ParseAsync(response));
    }

    private static async Task<IHtmlFormElement> CheckFormAsync(HttpClient client)
    {
        var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri("/check", UriKind.Relative)));
        return (IHtmlFormElement)page.QuerySelector("#check-form")!;
    }
}
