using MassageCoverage.Core;
using MassageCoverage.Web.Data.Entities;

namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>A state's criteria to and from the format; its rules go through <see cref="RuleMapping"/>.</summary>
internal static class MedicaidMapping
{
    /// <summary>The state with its rule versions in date order, as export writes it (always under <c>rules</c>).</summary>
    public static MedicaidDocument ToDocument(MedicaidStateProgram state) => Header(state) with
    {
        Rules = [.. state.Rules.OrderBy(r => r.EffectiveFrom).Select(RuleMapping.ToDocument)],
    };

    /// <summary>The criteria without rules: what the state's audit entries hold.</summary>
    public static MedicaidDocument Header(MedicaidStateProgram state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new()
        {
            State = state.StateCode,
            Program = state.Program,
            CoverageForm = FormatTokens.CoverageForms.Token(state.CoverageForm),
            Populations = state.Populations,
            Note = state.Note,
            Source = state.Source,
            LastVerified = IsoDate.Format(state.LastVerified),
        };
    }

    /// <summary>The header a validated document gives once stored.</summary>
    public static MedicaidDocument NormalHeader(MedicaidDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new()
        {
            State = UsStates.Find(document.State)!.Code,
            Program = Text.OrNull(document.Program),
            CoverageForm = document.CoverageForm,
            Populations = Text.OrNull(document.Populations),
            Note = Text.OrNull(document.Note),
            Source = Text.OrNull(document.Source),
            LastVerified = IsoDate.Format(IsoDate.Parse(document.LastVerified)),
        };
    }

    public static void Apply(MedicaidDocument header, MedicaidStateProgram state)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(state);
        state.Program = header.Program;
        state.CoverageForm = FormatTokens.CoverageForms.Parse(header.CoverageForm!);
        state.Populations = header.Populations;
        state.Note = header.Note;
        state.Source = header.Source;
        state.LastVerified = IsoDate.Parse(header.LastVerified);
    }
}
