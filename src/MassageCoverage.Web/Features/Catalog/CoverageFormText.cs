using MassageCoverage.Core.Medicaid;

namespace MassageCoverage.Web.Features.Catalog;

/// <summary>A state's coverage form in the words a patient reads; Core keeps only its token.</summary>
public static class CoverageFormText
{
    /// <summary>The plain-language label; never a guess for <see cref="CoverageForm.Unknown"/>.</summary>
    public static string Label(this CoverageForm form) => form switch
    {
        CoverageForm.Standalone => "Covered as its own service",
        CoverageForm.WithinTherapy => "Only within physical or occupational therapy",
        CoverageForm.WaiverOnly => "Only through a waiver program",
        CoverageForm.NotCovered => "Not covered",
        _ => "Unknown - verify",
    };
}
