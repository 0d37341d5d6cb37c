using MassageCoverage.Core.Medicaid;

namespace MassageCoverage.Web.Data.Entities;

/// <summary>
/// One jurisdiction's Medicaid program and how it covers massage. Rows exist for all 51 jurisdictions;
/// a state with no reliable data is <see cref="CoverageForm.Unknown"/> with no source, never a guess.
/// </summary>
public class MedicaidStateProgram
{
    public required string StateCode { get; set; }
    public required string StateName { get; set; }
    public string? Program { get; set; }
    public CoverageForm CoverageForm { get; set; }
    public string? Populations { get; set; }

    /// <summary>What a patient should know beyond the form, e.g. that each Oregon CCO sets its own rules.</summary>
    public string? Note { get; set; }

    public string? Source { get; set; }
    public DateOnly? LastVerified { get; set; }
    public required string UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>PostgreSQL's xmin: detects concurrent edits.</summary>
    public uint Version { get; set; }

    /// <summary>The rule versions; none while the form is <see cref="CoverageForm.Unknown"/>.</summary>
    public List<RuleVersion> Rules { get; } = [];
}
