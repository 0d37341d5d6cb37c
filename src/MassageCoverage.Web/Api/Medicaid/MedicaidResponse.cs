using MassageCoverage.Core;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Core.Medicaid;
using MassageCoverage.Web.Features.Coverage;

namespace MassageCoverage.Web.Api.Medicaid;

/// <summary>A state's Medicaid criteria with their source; <see cref="Rules"/> is empty while the form is unknown.</summary>
internal sealed record MedicaidResponse(
    string State,
    string StateName,
    string? Program,
    CoverageForm CoverageForm,
    string? Populations,
    string? Note,
    string? Source,
    DateOnly? LastVerified,
    IReadOnlyList<CoverageRule> Rules,
    MedicaidAgencyResponse? Agency)
{
    /// <summary>A jurisdiction missing from the snapshot is unknown, as the engine treats it: never a guess.</summary>
    public static MedicaidResponse From(UsState state, MedicaidEntry? entry)
    {
        ArgumentNullException.ThrowIfNull(state);
        var agency = MedicaidAgencyResponse.From(MedicaidAgencies.Find(state.Code));
        return entry is null
            ? new(state.Code, state.Name, null, CoverageForm.Unknown, null, null, null, null, [], agency)
            : new(state.Code, state.Name, entry.Program, entry.Form, entry.Populations, entry.Note, entry.Source, entry.LastVerified, entry.Rules, agency);
    }
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
