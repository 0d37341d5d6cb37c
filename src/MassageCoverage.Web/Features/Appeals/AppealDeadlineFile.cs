using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using MassageCoverage.Core.Appeals;

namespace MassageCoverage.Web.Features.Appeals;

/// <summary>
/// The appeal deadlines with their sources (docs/data/appeal-deadlines.json, built into the app), read once. A file
/// that does not parse, or names a step twice, stops the app at start rather than showing a wrong date.
/// </summary>
public static class AppealDeadlineFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    private static readonly Lazy<AppealDeadlines> Data = new(Load);

    public static AppealDeadlines Deadlines => Data.Value;

    private sealed record File(List<Row> Deadlines);

    private sealed record Row(AppealRoute Route, AppealStep Step, int Days, int Months, DeadlineStart From, bool AtMost, string Source, string Url);

    private static AppealDeadlines Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("MassageCoverage.Web.appeal-deadlines.json")
            ?? throw new InvalidOperationException("The appeal deadlines are missing from the build.");
        var file = JsonSerializer.Deserialize<File>(stream, Json) ?? throw new InvalidDataException("The appeal deadlines file is empty.");
        return new AppealDeadlines(file.Deadlines.Select(r => new AppealDeadline(
            r.Route, r.Step, r.Days, r.Months, r.From, r.AtMost, r.Source, new Uri(r.Url, UriKind.Absolute))));
    }
}
