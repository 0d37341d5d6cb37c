namespace MassageCoverage.Core.Eligibility;

/// <summary>EB01, what a benefit line says (docs/x12-271.md section 3); <see cref="Other"/> for a code not listed there.</summary>
public enum BenefitInformation
{
    Other,
    ActiveCoverage,
    ActiveFullRiskCapitation,
    ActiveServicesCapitated,
    ActiveCapitatedToPrimaryCare,
    ActivePendingInvestigation,
    Inactive,
    InactivePendingEligibilityUpdate,
    InactivePendingInvestigation,
    CoInsurance,
    CoPayment,
    Deductible,
    CoverageBasis,
    BenefitDescription,
    Exclusions,
    Limitations,
    OutOfPocket,
    Unlimited,
    NonCovered,
    CostContainment,
    PrimaryCareProvider,
    ServicesRestrictedToProvider,
    NotMedicallyNecessary,
    BenefitDisclaimer,
    OtherPayer,
    ContactFollowingEntity,
    CannotProcess,
    OtherSourceOfData,
    SpendDown,
}

/// <summary>EB01's codes, and the groups an interpretation asks about.</summary>
public static class BenefitInformationCodes
{
    public static BenefitInformation Of(string? code) => code switch
    {
        "1" => BenefitInformation.ActiveCoverage,
        "2" => BenefitInformation.ActiveFullRiskCapitation,
        "3" => BenefitInformation.ActiveServicesCapitated,
        "4" => BenefitInformation.ActiveCapitatedToPrimaryCare,
        "5" => BenefitInformation.ActivePendingInvestigation,
        "6" => BenefitInformation.Inactive,
        "7" => BenefitInformation.InactivePendingEligibilityUpdate,
        "8" => BenefitInformation.InactivePendingInvestigation,
        "A" => BenefitInformation.CoInsurance,
        "B" => BenefitInformation.CoPayment,
        "C" => BenefitInformation.Deductible,
        "CB" => BenefitInformation.CoverageBasis,
        "D" => BenefitInformation.BenefitDescription,
        "E" => BenefitInformation.Exclusions,
        "F" => BenefitInformation.Limitations,
        "G" => BenefitInformation.OutOfPocket,
        "H" => BenefitInformation.Unlimited,
        "I" => BenefitInformation.NonCovered,
        "J" => BenefitInformation.CostContainment,
        "L" => BenefitInformation.PrimaryCareProvider,
        "N" => BenefitInformation.ServicesRestrictedToProvider,
        "O" => BenefitInformation.NotMedicallyNecessary,
        "P" => BenefitInformation.BenefitDisclaimer,
        "R" => BenefitInformation.OtherPayer,
        "U" => BenefitInformation.ContactFollowingEntity,
        "V" => BenefitInformation.CannotProcess,
        "W" => BenefitInformation.OtherSourceOfData,
        "Y" => BenefitInformation.SpendDown,
        _ => BenefitInformation.Other,
    };

    /// <summary>Codes 1 to 5: active, whether capitated or pending investigation.</summary>
    public static bool IsActive(this BenefitInformation information) =>
        information is >= BenefitInformation.ActiveCoverage and <= BenefitInformation.ActivePendingInvestigation;

    /// <summary>Codes 6 to 8.</summary>
    public static bool IsInactive(this BenefitInformation information) =>
        information is >= BenefitInformation.Inactive and <= BenefitInformation.InactivePendingInvestigation;
}
