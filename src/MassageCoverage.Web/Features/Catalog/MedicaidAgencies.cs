using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;

namespace MassageCoverage.Web.Features.Catalog;

/// <summary>
/// Whom a patient calls about their state's Medicaid: the agency, its member phone and website, with the sources
/// that agree on them (docs/data/medicaid-agencies.json, built into the app). A phone only one source gives may be an
/// application or billing line, so it is shown with "verify", always beside the official CMS directory.
/// </summary>
public sealed record MedicaidAgency(
    string State, string Program, string Agency, string MemberPhone, Uri Website,
    IReadOnlyList<Uri> Sources, DateOnly SourceDate, int AgreeingSources)
{
    public bool PhoneNeedsVerifying => AgreeingSources < 2;

    /// <summary>The phone as a tel: link target, digits only.</summary>
    public string Dial => "tel:+1" + new string([.. MemberPhone.Where(char.IsAsciiDigit)]);
}

public static class MedicaidAgencies
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly Lazy<(Uri Directory, FrozenDictionary<string, MedicaidAgency> ByState)> Data = new(Load);

    /// <summary>CMS's own directory of every state's Medicaid and CHIP offices.</summary>
    public static Uri Directory => Data.Value.Directory;

    public static int Count => Data.Value.ByState.Count;

    public static MedicaidAgency? Find(string? stateCode) =>
        stateCode is not null && Data.Value.ByState.TryGetValue(stateCode, out var agency) ? agency : null;

    private sealed record File(string Directory, List<Row> States);

    private sealed record Row(
        string State, string Program, string Agency, string MemberPhone, string Website,
        List<string> Sources, string SourceDate, int AgreeingSources);

    private static (Uri, FrozenDictionary<string, MedicaidAgency>) Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("MassageCoverage.Web.medicaid-agencies.json")
            ?? throw new InvalidOperationException("The Medicaid agency list is missing from the build.");
        var file = JsonSerializer.Deserialize<File>(stream, Json)
            ?? throw new InvalidOperationException("The Medicaid agency list is empty.");
        var byState = file.States.ToFrozenDictionary(
            r => r.State,
            r => new MedicaidAgency(r.State, r.Program, r.Agency, r.MemberPhone, new Uri(r.Website),
                [.. r.Sources.Select(s => new Uri(s))], IsoDate.Parse(r.SourceDate) ?? throw new InvalidDataException($"{r.State}: sourceDate {r.SourceDate} is not a date."),
                r.AgreeingSources),
            StringComparer.OrdinalIgnoreCase);
        return (new Uri(file.Directory), byState);
    }
}
