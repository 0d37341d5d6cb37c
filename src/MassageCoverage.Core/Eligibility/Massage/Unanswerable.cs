namespace MassageCoverage.Core.Eligibility.Massage;

/// <summary>What a 271 cannot say (docs/x12-271.md section 4): the patient must ask the plan, whatever the 271 said.</summary>
public enum Unanswerable
{
    /// <summary>Whether this therapist is in the plan's network: EB12 says which network a line is about, not who is in it.</summary>
    TherapistInNetwork,

    /// <summary>Which diagnoses qualify and whether a prescription or referral is needed: no EB element carries them.</summary>
    DiagnosisOrPrescriptionRequirements,

    /// <summary>Anything about massage itself: the payer answered only for another service type or for the plan as a whole.</summary>
    MassageSpecificTerms,
}
