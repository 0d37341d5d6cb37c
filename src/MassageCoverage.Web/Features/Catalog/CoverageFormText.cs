using MassageCoverage.Core.Medicaid;
using MassageCoverage.Web.Resources;

namespace MassageCoverage.Web.Features.Catalog;

/// <summary>A state's coverage form in the words a patient reads; Core keeps only its token.</summary>
public static class CoverageFormText
{
    /// <summary>The plain-language label, in the reader's language; never a guess for <see cref="CoverageForm.Unknown"/>.</summary>
    public static string Label(this CoverageForm form) => form switch
    {
        CoverageForm.Standalone => MedicaidStrings.FormStandalone,
        CoverageForm.WithinTherapy => MedicaidStrings.FormWithinTherapy,
        CoverageForm.WaiverOnly => MedicaidStrings.FormWaiverOnly,
        CoverageForm.NotCovered => MedicaidStrings.FormNotCovered,
        _ => MedicaidStrings.FormUnknown,
    };
}
