namespace MassageCoverage.Core.Coverage;

/// <summary>
/// The way a covered rule lets massage be paid (docs/domain.md sections 3-5): as a service of its own, only inside a
/// physical or occupational therapy plan of care (Original Medicare, some commercial policies), only on a day with a
/// PT/OT visit (a same-day adjunct), or only for people enrolled in a named program such as a waiver.
/// </summary>
public enum RulePathway
{
    Standalone,
    WithinTherapyPlanOfCare,
    SameDayTherapyAdjunct,
    ProgramEnrollment,
}
