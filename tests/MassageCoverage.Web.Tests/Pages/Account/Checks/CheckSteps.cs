using System.Globalization;
using AngleSharp.Html.Dom;

namespace MassageCoverage.Web.Tests.Pages.Account.Checks;

/// <summary>Runs a check through the real form, as a person does (search for the plan, then choose it), and saves it.</summary>
internal static class CheckSteps
{
    public static Dictionary<string, string> EverythingMet(string plan = "acme-ppo-gold") => new()
    {
        ["coverage"] = "private", ["state"] = "WA", ["plan"] = plan, ["conditionQuery"] = "M54.50",
        ["provider"] = "massageTherapist", ["licensed"] = "yes", ["inNetwork"] = "yes", ["referral"] = "yes",
        ["referralDate"] = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["priorAuth"] = "unsure", ["visitsUsed"] = "0", ["age"] = "45",
    };

    /// <summary>The result page's URL (path and query) for these answers.</summary>
    public static async Task<string> ResultUrlAsync(HttpClient client, Dictionary<string, string> answers)
    {
        var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri("/check", UriKind.Relative)));
        var form = (IHtmlFormElement)page.QuerySelector("#check-form")!;
        var withoutPlan = answers.Where(a => a.Key != "plan").ToDictionary();
        withoutPlan["planQuery"] = answers["plan"].Split('-')[0];
        using var found = await FormSubmitter.SubmitAsync(client, form, withoutPlan, submitText: "Find plans");
        form = (IHtmlFormElement)(await HtmlPage.ParseAsync(found)).QuerySelector("#check-form")!;
        using var result = await FormSubmitter.SubmitAsync(client, form, answers);
        Assert.Equal("/check/result", result.RequestMessage!.RequestUri!.AbsolutePath);
        return result.RequestMessage.RequestUri.PathAndQuery;
    }

    /// <summary>Saves the check from its result page; returns the saved check's page.</summary>
    public static async Task<(string Url, IHtmlDocument Page)> SaveAsync(PatientSession patient, Dictionary<string, string>? answers = null, string label = "")
    {
        var resultUrl = await ResultUrlAsync(patient.Client, answers ?? EverythingMet());
        var form = await patient.FormAsync(resultUrl, "form.save-check");
        using var saved = await FormSubmitter.SubmitAsync(patient.Client, form, new Dictionary<string, string> { ["Label"] = label }, "Save to my account");
        var url = saved.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(url, "^/account/checks/[0-9]+$"), $"Saving answered {saved.StatusCode} at {url}.");
        return (url, await HtmlPage.ParseAsync(saved));
    }

    public static long IdOf(string savedUrl) => long.Parse(savedUrl.Split('/').Last(), CultureInfo.InvariantCulture);

    /// <summary>A POST carrying the patient's own antiforgery token, to any address.</summary>
    public static async Task<HttpResponseMessage> PostAsync(PatientSession patient, string url)
    {
        var form = await patient.FormAsync("/account/delete");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
        return await patient.Client.PostAsync(new Uri(url, UriKind.Relative), content);
    }
}
