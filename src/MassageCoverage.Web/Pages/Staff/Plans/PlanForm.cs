using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Catalog.Format;
using MassageCoverage.Web.Features.Catalog.Editing;

namespace MassageCoverage.Web.Pages.Staff.Plans;

/// <summary>
/// A plan's own fields as typed. Validation maps them to the import format and runs the import's validator, so the
/// browser and the file accept exactly the same plans. <see cref="Version"/> is the row version the form was opened with.
/// </summary>
public sealed class PlanForm
{
    public static IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>
    {
        ["Code"] = "Code", ["Insurer"] = "Insurer", ["Name"] = "Plan name", ["PlanType"] = "Plan type",
        ["States"] = "States", ["NetworkType"] = "Network type",
    };

    public string? Code { get; set; }
    public string? Insurer { get; set; }
    public string? Name { get; set; }
    public string? PlanType { get; set; } = "private";
    public string? States { get; set; }
    public string? NetworkType { get; set; } = "ppo";
    public uint Version { get; set; }

    public static PlanForm From(Plan plan)
    {
        var header = PlanMapping.Header(plan);
        return new()
        {
            Code = header.Code, Insurer = header.Insurer, Name = header.Name, PlanType = header.PlanType,
            States = string.Join(", ", plan.States), NetworkType = header.NetworkType, Version = plan.Version,
        };
    }

    public bool Validate(FormErrors errors, DateOnly today) =>
        errors.AddAll(new PlanDocumentValidator(today).Validate(Document()), Labels);

    /// <summary>Copies a validated form onto the plan; the insurer is the caller's.</summary>
    public void ApplyTo(Plan plan) => PlanMapping.Apply(PlanMapping.NormalHeader(Document()), plan);

    public string NormalInsurer() => Insurer!.Trim();

    /// <summary>Each field in words, beside another form's: what a save says changed.</summary>
    public IEnumerable<FieldComparison> Compare(PlanForm after) =>
        Words().Zip(after.Words(), (a, b) => new FieldComparison(a.Field, Labels[a.Field], a.Value, b.Value));

    private IEnumerable<(string Field, string Value)> Words() =>
    [
        ("Insurer", Insurer?.Trim() ?? "none"), ("Name", Name?.Trim() ?? "none"),
        ("PlanType", PlanType == "medicareAdvantage" ? "Medicare Advantage" : "Private"),
        ("States", string.Join(", ", FieldErrors.List(States).Select(s => s?.ToUpperInvariant()))),
        ("NetworkType", NetworkType == "other" ? "Other" : NetworkType?.ToUpperInvariant() ?? "none"),
    ];

    private PlanDocument Document() => new()
    {
        Code = Code?.Trim(),
        Insurer = Insurer,
        Name = Name,
        PlanType = PlanType,
        States = [.. FieldErrors.List(States).Select(s => s?.ToUpperInvariant())],
        NetworkType = NetworkType,
    };
}
