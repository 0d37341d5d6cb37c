using MassageCoverage.Core;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Core.Medicaid;

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
    IReadOnlyList<CoverageRule> Rules)
{
    /// <summary>A jurisdiction missing from the snapshot is unknown, as the engine treats it: never a guess.</summary>
    public static MedicaidResponse From(UsState state, MedicaidEntry? entry)
    {
        ArgumentNullException.ThrowIfNull(state);
        return entry is null
            ? new(state.Code, state.Name, null, CoverageForm.Unknown, null, null, null, null, [])
            : new(state.Code, state.Name, entry.Program, entry.Form, entry.Populations, entry.Note, entry.Source, entry.LastVerified, entry.Rules);
    }
}
