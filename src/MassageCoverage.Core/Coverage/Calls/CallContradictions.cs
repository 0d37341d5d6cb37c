namespace MassageCoverage.Core.Coverage.Calls;

/// <summary>A term on which a call and a rule disagree: what the call gave beside what the rule gave.</summary>
public sealed record Contradiction(CallField Field, FieldValue Call, FieldValue Rule);

/// <summary>
/// Compares what a representative said with a rule's terms. It never says which is right: the call is what the patient
/// was told, the rule is what the clinic recorded, and either may be out of date.
/// </summary>
public static class CallContradictions
{
    /// <summary>
    /// Every term the call answered that the rule contradicts, in <see cref="CallField"/> order. The visits, referral and
    /// prior authorization terms of a rule that covers nothing describe no benefit, so only "covered" is compared then.
    /// </summary>
    public static IReadOnlyList<Contradiction> Between(RepresentativeSaid said, RuleTerms rule)
    {
        ArgumentNullException.ThrowIfNull(said);
        ArgumentNullException.ThrowIfNull(rule);
        var found = new List<Contradiction>(4);
        if (said.Covered is { } covered && covered != rule.Covered)
        {
            found.Add(new(CallField.Covered, FieldValue.Of(covered), FieldValue.Of(rule.Covered)));
        }

        if (!rule.Covered)
        {
            return found;
        }

        if (said.VisitsPerYear is { } visits && visits != rule.MaxVisitsPerYear)
        {
            found.Add(new(CallField.VisitsPerYear, FieldValue.Visits(visits),
                rule.MaxVisitsPerYear is { } max ? FieldValue.Visits(max) : FieldValue.NoLimit));
        }

        if (said.ReferralNeeded is { } referral && referral != rule.RequiresReferral)
        {
            found.Add(new(CallField.ReferralNeeded, FieldValue.Of(referral), FieldValue.Of(rule.RequiresReferral)));
        }

        // A rule that asks for it only after some visits still asks for it: "not needed" contradicts it, "needed" does not.
        var authorization = rule.RequiresPriorAuthorization || rule.PriorAuthorizationAfterVisits is not null;
        if (said.PriorAuthorizationNeeded is { } needed && needed != authorization)
        {
            found.Add(new(CallField.PriorAuthorizationNeeded, FieldValue.Of(needed),
                !rule.RequiresPriorAuthorization && rule.PriorAuthorizationAfterVisits is { } after ? FieldValue.AfterVisits(after) : FieldValue.Of(authorization)));
        }

        return found;
    }
}
