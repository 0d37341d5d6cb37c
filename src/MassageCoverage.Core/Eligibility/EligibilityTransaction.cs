namespace MassageCoverage.Core.Eligibility;

/// <summary>One 271 transaction set (ST ... SE): the payer's answer about one or more members.</summary>
public sealed record EligibilityTransaction
{
    /// <summary>ST02.</summary>
    public required string ControlNumber { get; init; }

    /// <summary>BHT03, the reference that ties the answer to its 270.</summary>
    public string? Reference { get; init; }

    /// <summary>
    /// The first information source's NM1 (loop 2100A): usually NM1*PR, the payer, with its name (NM103) and id (NM109).
    /// Null when the source gave none.
    /// </summary>
    public EntityName? Payer { get; init; }

    /// <summary>The first information receiver's NM1 (loop 2100B): the provider who asked.</summary>
    public EntityName? Receiver { get; init; }

    /// <summary>AAA segments about the whole inquiry or the provider (2000A, 2100A, 2000B, 2100B).</summary>
    public IReadOnlyList<Rejection> Rejections { get; init; } = [];

    /// <summary>Subscribers and dependents in the order they came.</summary>
    public IReadOnlyList<EligibilityMember> Members { get; init; } = [];

    /// <summary>
    /// The member the benefits are for: the first dependent when there is one (a 271 about a dependent carries the
    /// subscriber too, often without benefits), else the first subscriber; null when the payer named no member.
    /// </summary>
    public EligibilityMember? Patient =>
        Members.FirstOrDefault(m => m.Level == MemberLevel.Dependent) ?? (Members.Count > 0 ? Members[0] : null);
}
