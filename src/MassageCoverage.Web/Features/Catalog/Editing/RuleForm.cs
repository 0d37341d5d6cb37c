using System.Globalization;
using System.Reflection;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Catalog.Format;
using MassageCoverage.Web.Features.Check;

namespace MassageCoverage.Web.Features.Catalog.Editing;

/// <summary>
/// One rule version as typed, with the one description of its fields (<see cref="Groups"/>) that the editor view, the
/// error messages and the version comparison all read. Numbers stay strings so a typo comes back beside its field; the
/// rest of the checking is the import format's own validator, so the browser and a file accept exactly the same rules.
/// </summary>
public sealed class RuleForm
{
    /// <summary>Every editable field in the order the editor asks them, grouped as a benefits summary groups them.</summary>
    public static IReadOnlyList<RuleFieldGroup> Groups { get; } =
    [
        new(null, [new("Covered", "Massage is covered by this version", RuleFieldKind.Check)]),
        new("How massage is paid",
        [
            new("Pathway", "Pathway", RuleFieldKind.Select)
            {
                Choices =
                [
                    new("standalone", "As a service of its own"),
                    new("withinTherapyPlanOfCare", "Only inside a physical or occupational therapy plan of care"),
                    new("sameDayTherapyAdjunct", "Only on a day with a physical or occupational therapy visit"),
                    new("programEnrollment", "Only for people enrolled in a program"),
                ],
                Words = t => DecisionText.Headline(t.Pathway, t.ProgramName)?.ToString() ?? "as a service of its own",
            },
            new("ProgramName", "Program name", RuleFieldKind.Text)
            {
                Hint = "Only with \"only for people enrolled in a program\", such as Complementary and Integrative Health waiver.",
            },
        ]),
        new("Who may treat",
        [
            new("AllowedProviderTypes", "Allowed provider types", RuleFieldKind.Checklist)
            {
                Hint = "None ticked: any.", Blank = "any",
                Choices =
                [
                    new("massageTherapist", "Massage therapist"), new("physicalTherapist", "Physical therapist"),
                    new("occupationalTherapist", "Occupational therapist"), new("chiropractor", "Chiropractor"),
                ],
            },
            new("RequiresLicensedTherapist", "The therapist must be licensed", RuleFieldKind.Check),
            new("RequiresInNetwork", "The therapist must be in network", RuleFieldKind.Check),
        ]),
        new("What is needed first",
        [
            new("RequiresReferral", "A referral is required", RuleFieldKind.Check),
            Number("ReferralValidDays", "Referral valid for (days)"),
            // One choice stands for the format's two terms (RequiresPriorAuthorization, PriorAuthorizationAfterVisits),
            // so the editor cannot say "not required" and "required after 6 visits" at once.
            new(PriorAuthorizationField, "Prior authorization", RuleFieldKind.Radio)
            {
                Choices =
                [
                    new(PriorAuthorizationNever, "Never required"), new(PriorAuthorizationAlways, "Required from the first visit"),
                    new(PriorAuthorizationAfter, "Required after a number of visits"),
                ],
                Words = t => !t.RequiresPriorAuthorization ? "never required"
                    : t.PriorAuthorizationAfterVisits is > 0 and var n ? $"required after {n} visits" : "required from the first visit",
                Nested = [Number("PriorAuthorizationAfterVisits", "Visits before it is required", "only with \"required after a number of visits\"") with
                    { Words = t => t.RequiresPriorAuthorization && t.PriorAuthorizationAfterVisits is > 0 and var n ? $"{n}" : "none" }],
            },
            new("CoveredDiagnosisPrefixes", "Covered diagnosis prefixes", RuleFieldKind.Codes)
            {
                Hint = "ICD-10-CM prefixes separated by commas, such as M54, M62.83. Blank: any diagnosis.", Blank = "any",
            },
        ]),
        new("Limits",
        [
            new("ServiceCodes", "Service codes", RuleFieldKind.Codes) { Hint = "CPT codes separated by commas, such as 97124." },
            Number("MaxVisitsPerYear", "Maximum visits per year"),
            Number("MaxMinutesPerVisit", "Longest session paid (minutes)", "blank: any length"),
            new("UnitRule", "Units counted by", RuleFieldKind.Select)
            {
                Choices = [new("cmsEightMinute", "Medicare's 8-minute rule"), new("cptMidpoint", "The CPT midpoint rule")],
                Words = t => DecisionText.UnitRule(t.UnitRule),
            },
            new("BenefitPeriod", "Visits counted over", RuleFieldKind.Radio)
            {
                Choices = [new("calendarYear", "The calendar year"), new("planYear", "A plan year")],
                Words = t => t.BenefitPeriod == BenefitPeriodKind.PlanYear ? $"a plan year starting in {Month(t.PlanYearStartMonth) ?? "a month not recorded"}" : "the calendar year",
                Nested = [Number("PlanYearStartMonth", "Plan year starts in month", "only with a plan year: 7 for a year from July 1") with { Words = t => Month(t.PlanYearStartMonth) ?? "none" }],
            },
            new("VisitPool", "Shared visit cap", RuleFieldKind.Parts)
            {
                Hint = "When the maximum visits count other services too. Leave blank when massage has a cap of its own.",
                Words = t => t.VisitPool is { } pool ? DecisionText.PoolDescription(pool).ToString() : "none: massage has its own cap",
                Nested =
                [
                    new("VisitPoolName", "Pool name", RuleFieldKind.Text) { Hint = "Such as rehab." },
                    new("VisitPoolIncludes", "Services counted with massage", RuleFieldKind.Checklist)
                    {
                        Choices =
                        [
                            new("physicalTherapy", "Physical therapy"), new("occupationalTherapy", "Occupational therapy"),
                            new("speechTherapy", "Speech therapy"), new("chiropractic", "Chiropractic"), new("acupuncture", "Acupuncture"),
                        ],
                    },
                ],
            },
            Number("MinAge", "Minimum age"),
            Number("MaxAge", "Maximum age"),
        ]),
        new("Cost share",
        [
            new("Copay", "Copay ($)", RuleFieldKind.Amount),
            new("CoinsurancePercent", "Coinsurance (%)", RuleFieldKind.Amount),
            new("DeductibleApplies", "The deductible applies", RuleFieldKind.Check),
        ]),
        new("Source",
        [
            new("Source", "Source", RuleFieldKind.Text) { Hint = "The citation or URL the rule was read from." },
            new("LastVerified", "Last verified", RuleFieldKind.Date) { Hint = "yyyy-MM-dd", Blank = "never" },
            new("Notes", "Notes", RuleFieldKind.LongText),
        ]),
        new("Dates",
        [
            new("EffectiveFrom", "Effective from", RuleFieldKind.Date) { Hint = "yyyy-MM-dd, the first day this version applies." },
            new("EffectiveTo", "Effective to", RuleFieldKind.Date) { Hint = "yyyy-MM-dd, the last day; blank: no end date.", Blank = "no end date" },
        ]),
    ];

    /// <summary>Every field, nested ones too, by name.</summary>
    public static IReadOnlyDictionary<string, RuleField> Fields { get; } =
        Groups.SelectMany(g => g.Fields).SelectMany(f => f.Nested.Prepend(f)).ToDictionary(f => f.Name);

    /// <summary>Each field's label: what the editor shows and what an error message starts with.</summary>
    public static IReadOnlyDictionary<string, string> Labels { get; } = Fields.ToDictionary(p => p.Key, p => p.Value.Label);

    private static readonly Dictionary<string, PropertyInfo> Properties = typeof(RuleForm).GetProperties().ToDictionary(p => p.Name);

    /// <summary>
    /// Each field that is one term of the format's document, with its property on both sides, so the form reads and
    /// writes a document by the fields' kinds with no line per term; only the shared cap's parts are mapped by hand.
    /// </summary>
    private static readonly (RuleField Field, PropertyInfo Form, PropertyInfo Document)[] Terms =
    [
        .. Fields.Values.Where(f => f.Kind != RuleFieldKind.Parts)
            .Select(f => (Field: f, Form: Properties[f.Name], Document: typeof(RuleDocument).GetProperty(f.Name)))
            .Where(t => t.Document is not null).Select(t => (t.Field, t.Form, t.Document!)),
    ];

    public bool Covered { get; set; }
    public List<string> AllowedProviderTypes { get; set; } = [];
    public bool RequiresLicensedTherapist { get; set; }
    public bool RequiresInNetwork { get; set; }
    public bool RequiresReferral { get; set; }
    public string? ReferralValidDays { get; set; }
    public const string PriorAuthorizationField = "PriorAuthorization";
    public const string PriorAuthorizationNever = "never";
    public const string PriorAuthorizationAlways = "always";
    public const string PriorAuthorizationAfter = "afterVisits";

    /// <summary>Never, always, or after the visits in <see cref="PriorAuthorizationAfterVisits"/>.</summary>
    public string PriorAuthorization { get; set; } = PriorAuthorizationNever;
    public string? PriorAuthorizationAfterVisits { get; set; }
    public string? CoveredDiagnosisPrefixes { get; set; }
    public string? ServiceCodes { get; set; } = "97124";
    public string? MaxVisitsPerYear { get; set; }
    public string Pathway { get; set; } = "standalone";
    public string? ProgramName { get; set; }
    public string? VisitPoolName { get; set; }
    public List<string> VisitPoolIncludes { get; set; } = [];
    public string? MaxMinutesPerVisit { get; set; }
    public string UnitRule { get; set; } = "cmsEightMinute";
    public string BenefitPeriod { get; set; } = "calendarYear";
    public string? PlanYearStartMonth { get; set; }
    public string? MinAge { get; set; }
    public string? MaxAge { get; set; }
    public string? Copay { get; set; }
    public string? CoinsurancePercent { get; set; }
    public bool DeductibleApplies { get; set; }
    public string? Source { get; set; }
    public string? LastVerified { get; set; }
    public string? Notes { get; set; }
    public string? EffectiveFrom { get; set; }
    public string? EffectiveTo { get; set; }
    public uint Version { get; set; }

    public static RuleForm From(RuleVersion rule)
    {
        var document = RuleMapping.ToDocument(rule);
        var form = new RuleForm
        {
            VisitPoolName = document.VisitPool?.Name, VisitPoolIncludes = [.. (document.VisitPool?.Includes ?? []).Select(s => s!)],
            Version = rule.Version,
        };
        foreach (var (field, formProperty, documentProperty) in Terms)
        {
            formProperty.SetValue(form, Typed(field.Kind, documentProperty.GetValue(document)));
        }

        (form.PriorAuthorization, form.PriorAuthorizationAfterVisits) = document switch
        {
            { RequiresPriorAuthorization: false } => (PriorAuthorizationNever, null),
            { PriorAuthorizationAfterVisits: > 0 and var n } => (PriorAuthorizationAfter, n.ToString(CultureInfo.InvariantCulture)),
            _ => (PriorAuthorizationAlways, null),
        };
        return form;
    }

    /// <summary>Checks every field; on success <paramref name="rule"/> holds the values in the form the database stores.</summary>
    /// <param name="today">A "last verified" date after it is refused.</param>
    public bool TryRead(FormErrors errors, DateOnly today, out RuleVersion rule)
    {
        rule = new RuleVersion { UpdatedBy = "" };
        var document = new RuleDocument
        {
            VisitPool = string.IsNullOrWhiteSpace(VisitPoolName) && VisitPoolIncludes.Count == 0
                ? null : new VisitPoolDocument { Name = VisitPoolName?.Trim(), Includes = [.. VisitPoolIncludes] },
        };
        foreach (var (field, formProperty, documentProperty) in Terms)
        {
            documentProperty.SetValue(document, Read(errors, field, formProperty.GetValue(this)));
        }

        document = PriorAuthorizationOf(errors, document);
        var valid = errors.AddAll(new RuleDocumentValidator(today).Validate(document), Labels);
        if (valid)
        {
            RuleMapping.Apply(document, rule);
        }

        return valid;
    }

    /// <summary>The prior-authorization choice as the format's two terms; the visits count only with "after".</summary>
    private RuleDocument PriorAuthorizationOf(FormErrors errors, RuleDocument document)
    {
        switch (PriorAuthorization)
        {
            case PriorAuthorizationAfter:
                if (document.PriorAuthorizationAfterVisits is not > 0 && errors.For(nameof(PriorAuthorizationAfterVisits)) is null)
                {
                    errors.Add(nameof(PriorAuthorizationAfterVisits),
                        $"{Labels[nameof(PriorAuthorizationAfterVisits)]}: enter how many visits are paid before it is required, such as 6");
                }

                return document with { RequiresPriorAuthorization = true };
            case PriorAuthorizationAlways:
                return document with { RequiresPriorAuthorization = true, PriorAuthorizationAfterVisits = null };
            case PriorAuthorizationNever:
                return document with { RequiresPriorAuthorization = false, PriorAuthorizationAfterVisits = null };
            default:
                errors.Add(PriorAuthorizationField, "Prior authorization: choose never, always or after a number of visits");
                return document;
        }
    }

    /// <summary>The typed value of the field named <paramref name="field"/>: text, a checkbox's bool or a checklist's words.</summary>
    public object? ValueOf(string field) => Properties[field].GetValue(this);

    /// <summary>A whole-number field whose hint starts with the range the format declares for it.</summary>
    private static RuleField Number(string name, string label, string? more = null) =>
        new(name, label, RuleFieldKind.Number)
        {
            Hint = WholeRangeAttribute.Of(name) is { } range ? (more is null ? $"{range.Words}." : $"{range.Words}; {more}.") : more,
        };

    private static string? Month(int? month) =>
        month is >= 1 and <= 12 ? CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month.Value) : null;

    /// <summary>A document's value as the form holds it: text for numbers and codes, words for a checklist.</summary>
    private static object? Typed(RuleFieldKind kind, object? value) => kind switch
    {
        RuleFieldKind.Check => value is true,
        RuleFieldKind.Checklist => ((IEnumerable<string?>?)value ?? []).Select(s => s!).ToList(),
        RuleFieldKind.Codes => string.Join(", ", (IEnumerable<string?>?)value ?? []),
        _ => value is IFormattable number ? number.ToString(null, CultureInfo.InvariantCulture) : (string?)value,
    };

    /// <summary>A form value as the document holds it; a number that does not read is an error beside its field.</summary>
    private static object? Read(FormErrors errors, RuleField field, object? value) => field.Kind switch
    {
        RuleFieldKind.Check or RuleFieldKind.Select or RuleFieldKind.Radio => value,
        RuleFieldKind.Checklist => ((List<string>)value!).Cast<string?>().ToList(),
        RuleFieldKind.Codes => FieldErrors.List((string?)value),
        RuleFieldKind.Number => Whole(errors, field.Name, (string?)value),
        RuleFieldKind.Amount => Amount(errors, field.Name, (string?)value),
        _ => Web.Text.OrNull((string?)value),
    };

    private static int? Whole(FormErrors errors, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        errors.Add(field, $"{Labels[field]} must be a whole number, such as 12");
        return null;
    }

    private static decimal? Amount(FormErrors errors, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (decimal.TryParse(text.Trim().TrimStart('$').TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        errors.Add(field, $"{Labels[field]} must be a number, such as 25.50");
        return null;
    }
}
