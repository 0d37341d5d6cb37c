using MassageCoverage.Core.Coverage;

namespace MassageCoverage.Web.Features.Catalog.Editing;

/// <summary>How the editor asks for a field; the editor view draws each kind one way, and the comparison words it.</summary>
public enum RuleFieldKind
{
    /// <summary>A yes/no checkbox.</summary>
    Check,

    /// <summary>A whole number typed as text, so a typo comes back beside its field instead of being dropped.</summary>
    Number,

    /// <summary>An amount with up to two decimals, typed as text.</summary>
    Amount,

    /// <summary>One line of text: a name, a citation.</summary>
    Text,

    /// <summary>A day, asked with a date input; browsers without a date picker take yyyy-MM-dd typed.</summary>
    Date,

    /// <summary>Several lines of text.</summary>
    LongText,

    /// <summary>Codes typed into one line, separated by commas.</summary>
    Codes,

    /// <summary>One of its <see cref="RuleField.Choices"/>, from a drop-down list.</summary>
    Select,

    /// <summary>One of its <see cref="RuleField.Choices"/>, as radio buttons in a fieldset with its nested fields.</summary>
    Radio,

    /// <summary>Any of its <see cref="RuleField.Choices"/>, as checkboxes in a fieldset.</summary>
    Checklist,

    /// <summary>One term asked through its <see cref="RuleField.Nested"/> parts, in a fieldset: the shared visit cap.</summary>
    Parts,
}

/// <summary>One word of a field's vocabulary (the import format's token) with what the editor shows for it.</summary>
public sealed record Choice(string Token, string Label);

/// <summary>
/// One editable field of a rule version, described once: the editor view draws it from this, the form's error
/// messages and the version comparison take their label from it, so a field is added by adding its description.
/// </summary>
/// <param name="Name">The <see cref="RuleForm"/> property, which is also the import format's name of the term.</param>
public sealed record RuleField(string Name, string Label, RuleFieldKind Kind)
{
    /// <summary>Shown under the label and linked to the input with aria-describedby.</summary>
    public string? Hint { get; init; }

    public IReadOnlyList<Choice> Choices { get; init; } = [];

    /// <summary>
    /// Fields asked inside this one's fieldset. Those of <see cref="RuleFieldKind.Parts"/> are parts of this term and
    /// share its comparison row; the others (the plan year's month inside the benefit period) are terms of their own.
    /// </summary>
    public IReadOnlyList<RuleField> Nested { get; init; } = [];

    /// <summary>What the comparison shows for a blank value.</summary>
    public string Blank { get; init; } = "none";

    /// <summary>The comparison's words for the term, where the kind's own (yes/no, the number, the list) read badly.</summary>
    public Func<RuleTerms, string>? Words { get; init; }

    /// <summary>The HTML id of its input, from which the error summary's link and the error's id follow.</summary>
    public string Id => char.ToLowerInvariant(Name[0]) + Name[1..];
}

/// <summary>Fields asked together under one legend; the one group without a legend is asked above all fieldsets.</summary>
public sealed record RuleFieldGroup(string? Legend, IReadOnlyList<RuleField> Fields);

/// <summary>The model of the _RuleField partial: one field with the form's value and the errors to show beside it.</summary>
public sealed record RuleFieldView(RuleField Field, RuleForm Form, FormErrors Errors);
