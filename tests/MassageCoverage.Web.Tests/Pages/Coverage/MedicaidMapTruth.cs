using System.Net.Http.Json;
using MassageCoverage.Core;
using MassageCoverage.Web.Tests.Api;

namespace MassageCoverage.Web.Tests.Pages.Coverage;

/// <summary>
/// Compares, for each of the 51 jurisdictions, the status /medicaid shows (map tile and table row), the API's
/// coverageForm and what a Medicaid check for a licensed massage therapist's 97124 (M54.50, today) answers.
/// </summary>
internal static class MedicaidMapTruth
{
    /// <summary>One line per state where the page, the API and the check disagree; empty when all agree.</summary>
    public static async Task<IReadOnlyList<string>> DisagreementsAsync(HttpClient client)
    {
        var page = await HtmlPage.ParseAsync(await client.GetAsync(new Uri("/medicaid", UriKind.Relative)));
        var problems = new List<string>();
        foreach (var state in UsStates.All)
        {
            var tile = page.QuerySelector($".tile-map a[data-state='{state.Code}']");
            var badge = page.QuerySelector($"#state-{state.Code} .status-badge");
            if (tile is null || badge is null)
            {
                problems.Add($"{state.Code}: no map tile or table row");
                continue;
            }

            var mapForm = Token(tile.ClassList, "tile-");
            var tableForm = Token(badge.ClassList, "status-");
            var apiForm = (await (await client.GetAsync(new Uri($"/api/v1/medicaid/{state.Code}", UriKind.Relative))).OkJsonAsync())
                .Text("coverageForm");
            using var response = await client.PostAsJsonAsync(new Uri(ApiClient.Checks, UriKind.Relative), Check(state.Code));
            var decision = await response.OkJsonAsync();
            var answer = decision.Text("decision");
            var owner = decision.TryGetProperty("rule", out var rule) && rule.ValueKind == System.Text.Json.JsonValueKind.Object
                ? rule.Text("owner") : null;
            var restsOnState = owner == $"Medicaid {state.Code}";

            if (mapForm != tableForm || mapForm != apiForm)
            {
                problems.Add($"{state.Code}: map {mapForm}, table {tableForm}, API {apiForm}");
            }

            var agrees = mapForm switch
            {
                "unknown" => answer == "indeterminate",
                "notCovered" => answer == "notCovered" && restsOnState,
                // A form that covers in some way: the check rests on the state's rule, whatever this request meets.
                "standalone" or "waiverOnly" or "withinTherapy" => answer != "indeterminate" && restsOnState,
                _ => false,
            };
            // And the other way: an indeterminate check is never shown as anything but unknown.
            if (!agrees || (answer == "indeterminate" && mapForm != "unknown"))
            {
                problems.Add($"{state.Code}: the map says {mapForm}, the check answers {answer} (rule: {owner ?? "none"})");
            }

            // A covering form names the way in; the check's pathway must be that way, not another.
            var pathway = decision.TryGetProperty("pathway", out var p) && p.ValueKind == System.Text.Json.JsonValueKind.String
                ? p.GetString() : null;
            var pathwayAgrees = mapForm switch
            {
                "standalone" => pathway == "standalone",
                "waiverOnly" => pathway == "programEnrollment",
                "withinTherapy" => pathway is "withinTherapyPlanOfCare" or "sameDayTherapyAdjunct",
                _ => true,
            };
            if (!pathwayAgrees)
            {
                problems.Add($"{state.Code}: the map says {mapForm}, the check's pathway is {pathway ?? "none"}");
            }
        }

        return problems;
    }

    /// <summary>A licensed massage therapist's 97124 for low back pain, with no as-of date: today's answer.</summary>
    public static Dictionary<string, object?> Check(string state) => new()
    {
        ["planType"] = "medicaid",
        ["state"] = state,
        ["serviceCode"] = "97124",
        ["diagnosisCodes"] = new[] { "M54.50" },
        ["providerType"] = "massageTherapist",
        ["therapistLicensed"] = true,
    };

    private static string Token(AngleSharp.Dom.ITokenList classes, string prefix) =>
        Forms.Where(f => classes.Contains(prefix + f)).SingleOrDefault() ?? "(none)";

    private static readonly string[] Forms = ["standalone", "withinTherapy", "waiverOnly", "notCovered", "unknown"];
}
