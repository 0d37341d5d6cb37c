namespace MassageCoverage.Core.Medicaid;

/// <summary>
/// How a state's Medicaid program covers massage (docs/domain.md section 4: standalone, only inside PT or
/// chiropractic, only through a waiver, or not at all). <see cref="Unknown"/> is a first-class answer:
/// no reliable data, so the patient must verify.
/// </summary>
public enum CoverageForm
{
    Unknown = 0,
    Standalone,
    WithinTherapy,
    WaiverOnly,
    NotCovered,
}

public static class CoverageFormText
{
    /// <summary>The plain-language label a patient reads; never a guess for <see cref="CoverageForm.Unknown"/>.</summary>
    public static string Label(this CoverageForm form) => form switch
    {
        CoverageForm.Standalone => "Covered as its own service",
        CoverageForm.WithinTherapy => "Only within physical or occupational therapy",
        CoverageForm.WaiverOnly => "Only through a waiver program",
        CoverageForm.NotCovered => "Not covered",
        _ => "Unknown - verify",
    };

    /// <summary>The camelCase token used in the API, the import format and CSS classes.</summary>
    public static string Token(this CoverageForm form) => form switch
    {
        CoverageForm.Standalone => "standalone",
        CoverageForm.WithinTherapy => "withinTherapy",
        CoverageForm.WaiverOnly => "waiverOnly",
        CoverageForm.NotCovered => "notCovered",
        _ => "unknown",
    };
}
