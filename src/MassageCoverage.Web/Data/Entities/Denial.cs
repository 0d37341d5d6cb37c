using MassageCoverage.Core.Appeals;

namespace MassageCoverage.Web.Data.Entities;

/// <summary>
/// A denial the patient received, and their appeal of it: what the plan said, the letter they wrote and where the
/// appeal stands. Health data: visible to its owner only. The deadline is never stored; it is computed from the
/// notice's date and the kind of plan (docs/data/appeal-deadlines.json).
/// </summary>
public class Denial
{
    public const int LetterMaxLength = 20_000;
    public const int OwnWordsMaxLength = 2_000;

    public long Id { get; set; }
    public required string OwnerId { get; set; }

    /// <summary>The date printed on the denial notice (the explanation of benefits or the plan's letter).</summary>
    public DateOnly NoticeDate { get; set; }

    public required string Insurer { get; set; }
    public string? PlanName { get; set; }
    public string? MemberId { get; set; }
    public AppealRoute Route { get; set; }
    public string? ClaimReference { get; set; }
    public DenialReason Reason { get; set; }

    /// <summary>The patient's own words about the denial ("they said my back pain is chronic").</summary>
    public string? InOwnWords { get; set; }

    /// <summary>The CPT code of the denied service (97124 unless the notice says otherwise).</summary>
    public required string ServiceCode { get; set; }

    /// <summary>The dates of the denied visits, as the notice gives them.</summary>
    public string? ServiceDates { get; set; }

    public long? ReferralId { get; set; }
    public long? SavedCheckId { get; set; }

    public AppealStatus Status { get; set; }
    public DateOnly? SentOn { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public AppealOutcome? Outcome { get; set; }

    /// <summary>The appeal letter as the patient last saved it; null until one is written.</summary>
    public string? Letter { get; set; }

    /// <summary>"en" or "es": the language the letter was written in.</summary>
    public string? LetterLanguage { get; set; }

    public uint Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
