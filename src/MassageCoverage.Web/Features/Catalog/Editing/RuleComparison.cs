using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Data.Entities;

namespace MassageCoverage.Web.Features.Catalog.Editing;

/// <summary>One field of two rule versions side by side, compared in the import format's normal form.</summary>
public sealed record FieldComparison(string Field, string Label, string A, string B)
{
    public bool Changed => !string.Equals(A, B, StringComparison.Ordinal);
}

/// <summary>
/// Two versions field by field, one row per term of <see cref="RuleForm.Groups"/> in the editor's order, so a new
/// field is compared as soon as the editor asks it. Values are read through <see cref="RuleForm.From"/>, the import
/// format's normal form, and worded by the field's kind unless the field brings words of its own.
/// </summary>
public static class RuleComparison
{
    private static readonly RuleField[] Rows =
        [.. RuleForm.Groups.SelectMany(g => g.Fields).SelectMany(f => f.Kind == RuleFieldKind.Parts ? [f] : f.Nested.Prepend(f))];

    public static IReadOnlyList<FieldComparison> Compare(RuleVersion a, RuleVersion b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (formA, formB) = (RuleForm.From(a), RuleForm.From(b));
        return [.. Rows.Select(f => new FieldComparison(f.Name, f.Label, Words(f, a.Terms, formA), Words(f, b.Terms, formB)))];
    }

    private static string Words(RuleField field, RuleTerms terms, RuleForm form)
    {
        if (field.Words is { } words)
        {
            return words(terms);
        }

        return (field.Kind, form.ValueOf(field.Name)) switch
        {
            (_, bool yes) => yes ? "yes" : "no",
            (_, IReadOnlyList<string> { Count: 0 }) => field.Blank,
            (_, IReadOnlyList<string> tokens) => string.Join(", ", tokens.Select(t => Choice(field, t))),
            (_, string text) when string.IsNullOrWhiteSpace(text) => field.Blank,
            (RuleFieldKind.Select or RuleFieldKind.Radio, string token) => Choice(field, token),
            (_, string text) => text,
            _ => field.Blank,
        };
    }

    private static string Choice(RuleField field, string token) =>
        field.Choices.FirstOrDefault(c => string.Equals(c.Token, token, StringComparison.OrdinalIgnoreCase))?.Label ?? token;
}

/// <summary>The model of the shared _SaveConflict partial: what was being saved ("this version") and both sides.</summary>
public sealed record SaveConflict(string What, IReadOnlyList<FieldComparison> Fields);
