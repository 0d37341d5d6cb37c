namespace MassageCoverage.Core.Eligibility;

/// <summary>Whose benefits a member loop gives: the subscriber's (HL03 22, loop 2000C) or a dependent's (HL03 23, loop 2000D).</summary>
public enum MemberLevel
{
    Subscriber,
    Dependent,
}
