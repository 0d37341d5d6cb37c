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

/// <summary>The coverage form's codes; its words are the web project's.</summary>
public static class CoverageFormTokens
{
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
