using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using MassageCoverage.Core;
using MassageCoverage.Web.Features.Language;
using MassageCoverage.Web.Resources;

namespace MassageCoverage.Web.Features.Catalog;

/// <summary>How sure a finding is: the source says it outright, or its list leaves massage out (docs/domain.md section 4).</summary>
public enum FindingConfidence
{
    Stated,
    Implied,
}

/// <summary>
/// One thing found about a state's Medicaid and massage, with its source and the month it was found. It is never a
/// coverage rule: a page shows it as "what we found", with "verify", and the state's coverage form stays what the
/// rules say. <paramref name="Qualifier"/> limits it ("waiver only", "dated", "bill status unknown").
/// </summary>
public sealed record MedicaidFinding(
    string State, string Says, string Source, FindingConfidence Confidence, string? Qualifier, string Found)
{
    /// <summary>The month found, in words: "December 2026".</summary>
    public string FoundText =>
        DateOnly.ParseExact(Found, MedicaidFindings.MonthFormat, CultureInfo.InvariantCulture)
            .ToString(MedicaidStrings.MonthFormat, Languages.Culture);

    /// <summary>The confidence as a patient reads it.</summary>
    public string ConfidenceText => Confidence switch
    {
        FindingConfidence.Stated => MedicaidStrings.FindingStated,
        _ => MedicaidStrings.FindingImplied,
    };
}

/// <summary>
/// What was found about seven states (docs/data/medicaid-findings.json, built into the app as MedicaidAgencies' list
/// is; never read from the folder at run time). The file is checked when it is first read, and Program reads it at
/// start, so a broken file stops the app with every problem named instead of showing a half-read list.
/// </summary>
public static class MedicaidFindings
{
    public const string ResourceName = "MassageCoverage.Web.medicaid-findings.json";
    public const string MonthFormat = "yyyy-MM";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly Lazy<FrozenDictionary<string, IReadOnlyList<MedicaidFinding>>> Data = new(Load);

    /// <summary>How many states have findings.</summary>
    public static int StateCount => Data.Value.Count;

    /// <summary>A state's findings by its two-letter code, ignoring case; empty when there are none.</summary>
    public static IReadOnlyList<MedicaidFinding> For(string? stateCode) =>
        stateCode is not null && Data.Value.TryGetValue(stateCode.Trim(), out var findings) ? findings : [];

    private sealed record File(string? About, List<StateRow>? States);

    private sealed record StateRow(string? State, List<Row>? Findings);

    private sealed record Row(string? Says, string? Source, string? Confidence, string? Qualifier, string? Found);

    private static FrozenDictionary<string, IReadOnlyList<MedicaidFinding>> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The Medicaid findings list is missing from the build.");
        return Parse(stream);
    }

    /// <summary>Reads and checks a findings file; throws <see cref="InvalidDataException"/> naming every problem.</summary>
    public static FrozenDictionary<string, IReadOnlyList<MedicaidFinding>> Parse(Stream stream)
    {
        File? file;
        try
        {
            file = JsonSerializer.Deserialize<File>(stream, Json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The Medicaid findings file is not the expected JSON: {e.Message}", e);
        }

        var problems = new List<string>();
        var byState = new Dictionary<string, IReadOnlyList<MedicaidFinding>>(StringComparer.OrdinalIgnoreCase);
        if (file?.States is not { Count: > 0 } states)
        {
            problems.Add("it lists no states");
            states = [];
        }

        for (var i = 0; i < states.Count; i++)
        {
            var row = states[i];
            var where = $"states[{i}]";
            var state = UsStates.Find(row?.State);
            if (state is null || row!.State != state.Code)
            {
                problems.Add($"{where}: \"{row?.State}\" is not one of the 51 two-letter codes in capitals");
                continue;
            }

            if (byState.ContainsKey(state.Code))
            {
                problems.Add($"{where}: {state.Code} is listed twice");
                continue;
            }

            if (row.Findings is not { Count: > 0 } rows)
            {
                problems.Add($"{where} ({state.Code}): no findings");
                continue;
            }

            var findings = new List<MedicaidFinding>();
            for (var j = 0; j < rows.Count; j++)
            {
                if (Check(rows[j], state.Code, $"{where}.findings[{j}] ({state.Code})", problems) is { } finding)
                {
                    findings.Add(finding);
                }
            }

            byState[state.Code] = findings;
        }

        if (problems.Count > 0)
        {
            throw new InvalidDataException("The Medicaid findings file is wrong: " + string.Join("; ", problems) + ".");
        }

        return byState.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static MedicaidFinding? Check(Row? row, string state, string where, List<string> problems)
    {
        var before = problems.Count;
        if (string.IsNullOrWhiteSpace(row?.Says))
        {
            problems.Add($"{where}: says is empty");
        }

        if (string.IsNullOrWhiteSpace(row?.Source))
        {
            problems.Add($"{where}: source is empty");
        }

        FindingConfidence? confidence = row?.Confidence switch
        {
            "stated" => FindingConfidence.Stated,
            "implied" => FindingConfidence.Implied,
            _ => null,
        };
        if (confidence is null)
        {
            problems.Add($"{where}: confidence \"{row?.Confidence}\" is neither stated nor implied");
        }

        if (row?.Qualifier is { } qualifier && string.IsNullOrWhiteSpace(qualifier))
        {
            problems.Add($"{where}: qualifier is blank (leave it null when there is none)");
        }

        if (!DateOnly.TryParseExact(row?.Found, MonthFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            problems.Add($"{where}: found \"{row?.Found}\" is not a month written {MonthFormat}");
        }

        return problems.Count > before
            ? null
            : new MedicaidFinding(state, row!.Says!.Trim(), row.Source!.Trim(), confidence!.Value, row.Qualifier?.Trim(), row.Found!);
    }
}

/// <summary>
/// The model of the shared _MedicaidFindings partial: a state's findings, under a heading of their own on a check's
/// result (<paramref name="AsSection"/>) or as a labelled list inside the state's row of the public table.
/// </summary>
public sealed record MedicaidFindingsView(string StateCode, string StateName, IReadOnlyList<MedicaidFinding> Findings, bool AsSection)
{
    /// <summary>The findings of a state, or null when it has none (or is not one of the 51): nothing is shown then.</summary>
    public static MedicaidFindingsView? For(string? stateCode, bool asSection) =>
        UsStates.Find(stateCode) is { } state && MedicaidFindings.For(state.Code) is { Count: > 0 } findings
            ? new(state.Code, StateText.Name(state.Code), findings, asSection)
            : null;

    public string TitleId => $"findings-{StateCode}";
}
