using MassageCoverage.Core;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Core.Medicaid;
using MassageCoverage.Web.Features.Catalog;

namespace MassageCoverage.Web.Api.Medicaid;

/// <summary>
/// A state's Medicaid criteria with their source. <see cref="CoverageForm"/> is what a check would answer today
/// (unknown when no rule is in effect). <see cref="Findings"/> is what was found without a rule, each with its source
/// and "verify": never a coverage fact; empty when there are none.
/// </summary>
internal sealed record MedicaidResponse(
    string State,
    string StateName,
    string? Program,
    CoverageForm CoverageForm,
    string? Populations,
    string? Note,
    string? Source,
    DateOnly? LastVerified,
    IReadOnlyList<RuleVersionResponse> Rules,
    MedicaidAgencyResponse? Agency,
    IReadOnlyList<MedicaidFindingResponse> Findings)
{
    /// <summary>A jurisdiction missing from the snapshot is unknown, as the engine treats it: never a guess.</summary>
    public static MedicaidResponse From(UsState state, MedicaidEntry? entry, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(state);
        var agency = MedicaidAgencyResponse.From(MedicaidAgencies.Find(state.Code));
        List<MedicaidFindingResponse> findings = [.. MedicaidFindings.For(state.Code).Select(MedicaidFindingResponse.From)];
        return entry is null
            ? new(state.Code, state.Name, null, CoverageForm.Unknown, null, null, null, null, [], agency, findings)
            : new(state.Code, state.Name, entry.Program, MedicaidMap.PublicForm(entry, today), entry.Populations, entry.Note,
                entry.Source, entry.LastVerified, RuleVersionResponse.From(entry.Rules), agency, findings);
    }
}

/// <summary>
/// One finding: the source's words (<see cref="Says"/>), the source, "stated" or "implied", what limits it
/// (<see cref="Qualifier"/>, such as "waiver only"; null when nothing does) and the month found (yyyy-MM).
/// <see cref="Verify"/> is always true: a finding is not a promise of coverage.
/// </summary>
internal sealed record MedicaidFindingResponse(
    string Says, string Source, FindingConfidence Confidence, string? Qualifier, string Found, bool Verify)
{
    public static MedicaidFindingResponse From(MedicaidFinding finding) =>
        new(finding.Says, finding.Source, finding.Confidence, finding.Qualifier, finding.Found, Verify: true);
}

/// <summary>Whom to call: <see cref="PhoneNeedsVerifying"/> is true when only one source gives the phone.</summary>
internal sealed record MedicaidAgencyResponse(
    string Agency, string Program, string MemberPhone, bool PhoneNeedsVerifying, Uri Website, Uri Directory,
    IReadOnlyList<Uri> Sources, DateOnly SourceDate)
{
    public static MedicaidAgencyResponse? From(MedicaidAgency? agency) => agency is null ? null
        : new(agency.Agency, agency.Program, agency.MemberPhone, agency.PhoneNeedsVerifying, agency.Website, MedicaidAgencies.Directory,
            agency.Sources, agency.SourceDate);
}
