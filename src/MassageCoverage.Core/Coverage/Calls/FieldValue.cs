using System.Globalization;

namespace MassageCoverage.Core.Coverage.Calls;

/// <summary>
/// One side's value of a <see cref="CallField"/>, written as a short code a discrepancy report stores and a page words:
/// <c>yes</c>, <c>no</c>, a number of visits (<c>12</c>), <c>no-limit</c>, or prior authorization needed only after a
/// number of visits (<c>after-6</c>).
/// </summary>
public sealed record FieldValue
{
    private const string AfterPrefix = "after-";

    private FieldValue(FieldValueKind kind, int? count)
    {
        Kind = kind;
        Count = count;
    }

    public static FieldValue Yes { get; } = new(FieldValueKind.Yes, null);

    public static FieldValue No { get; } = new(FieldValueKind.No, null);

    public static FieldValue NoLimit { get; } = new(FieldValueKind.NoLimit, null);

    public FieldValueKind Kind { get; }

    /// <summary>The visits of <see cref="FieldValueKind.Visits"/> and <see cref="FieldValueKind.AfterVisits"/>.</summary>
    public int? Count { get; }

    public static FieldValue Of(bool value) => value ? Yes : No;

    public static FieldValue Visits(int count) => new(FieldValueKind.Visits, count);

    public static FieldValue AfterVisits(int count) => new(FieldValueKind.AfterVisits, count);

    public string Code => Kind switch
    {
        FieldValueKind.Yes => "yes",
        FieldValueKind.No => "no",
        FieldValueKind.NoLimit => "no-limit",
        FieldValueKind.Visits => Count!.Value.ToString(CultureInfo.InvariantCulture),
        _ => AfterPrefix + Count!.Value.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The value a <see cref="Code"/> writes, or null for anything else.</summary>
    public static FieldValue? Parse(string? code) => code switch
    {
        "yes" => Yes,
        "no" => No,
        "no-limit" => NoLimit,
        not null when code.StartsWith(AfterPrefix, StringComparison.Ordinal) && Number(code[AfterPrefix.Length..]) is { } after => AfterVisits(after),
        not null when Number(code) is { } count => Visits(count),
        _ => null,
    };

    private static int? Number(string text) =>
        text.Length is > 0 and <= 9 && text.All(char.IsAsciiDigit) ? int.Parse(text, CultureInfo.InvariantCulture) : null;

    public override string ToString() => Code;
}

public enum FieldValueKind
{
    Yes,
    No,
    Visits,
    NoLimit,
    AfterVisits,
}
