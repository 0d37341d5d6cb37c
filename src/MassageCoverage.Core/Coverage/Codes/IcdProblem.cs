namespace MassageCoverage.Core.Coverage;

/// <summary>Why a text is not an ICD-10-CM code (or prefix) that a check or a rule can use.</summary>
public enum IcdError
{
    /// <summary>Nothing but blanks was typed.</summary>
    Empty,

    /// <summary>A dot anywhere but after the third character, at the end, or more than one.</summary>
    MisplacedDot,

    /// <summary>Too short, too long, or a character the code's position does not allow.</summary>
    BadShape,

    /// <summary>A real code that no longer exists; <see cref="IcdProblem.Deletion"/> names its successors.</summary>
    Deleted,
}

/// <summary>
/// An <see cref="IcdError"/> with the values its words need: what was typed, and for a deleted code its deletion.
/// The engine names the problem; the web project says it, so every language says the same thing.
/// </summary>
public sealed record IcdProblem(IcdError Error, string? Input, IcdDeletion? Deletion = null);

/// <summary>A code deleted from ICD-10-CM (normal form), the day it ceased to exist and the codes to use instead.</summary>
public sealed record IcdDeletion(string Code, DateOnly On, IReadOnlyList<string> Successors);
