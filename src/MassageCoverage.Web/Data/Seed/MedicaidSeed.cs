using MassageCoverage.Core;
using MassageCoverage.Core.Medicaid;
using MassageCoverage.Web.Data.Entities;

namespace MassageCoverage.Web.Data.Seed;

/// <summary>
/// The Medicaid facts of docs/domain.md section 4. Only Colorado and Oregon have sourced facts; every other
/// jurisdiction is "unknown - verify" with no source, because no reliable data was found and a guess is not a fact.
/// </summary>
internal static class MedicaidSeed
{
    public const string SeededBy = "seed: docs/domain.md";

    /// <summary>The day these facts were checked against the domain reference.</summary>
    public static readonly DateOnly VerifiedOn = new(2026, 11, 26);

    public static IEnumerable<MedicaidStateProgram> Rows(DateTimeOffset now) =>
        UsStates.All.Select(state => state.Code switch
        {
            "CO" => Colorado(state, now),
            "OR" => Oregon(state, now),
            _ => Unknown(state, now),
        });

    private static MedicaidStateProgram Colorado(UsState state, DateTimeOffset now) => new()
    {
        StateCode = state.Code,
        StateName = state.Name,
        Program = "Complementary and Integrative Health waiver",
        CoverageForm = CoverageForm.WaiverOnly,
        Populations = "Adults 18 and over with spinal cord injury, multiple sclerosis, brain injury, spina bifida, "
            + "muscular dystrophy or cerebral palsy who cannot walk independently",
        Note = "Statewide since 2022-07-01 (formerly the Spinal Cord Injury waiver). Massage, acupuncture and "
            + "chiropractic share at most 408 units per support-plan year.",
        Source = "hcpf.colorado.gov; 10 CCR 2505-10 section 8.7513",
        LastVerified = VerifiedOn,
        UpdatedBy = SeededBy,
        UpdatedAt = now,
    };

    private static MedicaidStateProgram Oregon(UsState state, DateTimeOffset now) => new()
    {
        StateCode = state.Code,
        StateName = state.Name,
        Program = "Oregon Health Plan (back-pain benefit)",
        CoverageForm = CoverageForm.Unknown,
        Note = "The back-pain benefit (from 2016-07-01) lists massage, but each coordinated care organisation (CCO) "
            + "decides whether it is available and what referral it needs: ask your CCO.",
        Source = "Oregon Health Plan back-pain benefit, effective 2016-07-01",
        LastVerified = VerifiedOn,
        UpdatedBy = SeededBy,
        UpdatedAt = now,
    };

    private static MedicaidStateProgram Unknown(UsState state, DateTimeOffset now) => new()
    {
        StateCode = state.Code,
        StateName = state.Name,
        CoverageForm = CoverageForm.Unknown,
        UpdatedBy = SeededBy,
        UpdatedAt = now,
    };
}
