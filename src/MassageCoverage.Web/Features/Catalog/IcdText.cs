using MassageCoverage.Core;
using MassageCoverage.Core.Coverage;

namespace MassageCoverage.Web.Features.Catalog;

/// <summary>
/// What a person reads when a text is not a usable ICD-10-CM code: the check (page and API), referrals and the
/// catalog's diagnosis prefixes all say it in these words. It lives with the catalog, which both the check and the
/// catalog format already depend on.
/// </summary>
public static class IcdText
{
    public static string Message(IcdProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem switch
        {
            { Error: IcdError.Empty } => "Enter an ICD-10-CM code, such as M54.50.",
            { Error: IcdError.MisplacedDot } =>
                $"{Quoted.Of(problem.Input)} is not an ICD-10-CM code: a dot may only follow the third character, as in M54.50.",
            { Error: IcdError.BadShape } =>
                $"{Quoted.Of(problem.Input)} is not an ICD-10-CM code: it starts with a letter and a digit, then has 1 to 5 letters or digits, as in M54.50 or S13.4XXA.",
            { Error: IcdError.Deleted, Deletion: { } deletion } =>
                $"{IcdCode.Format(deletion.Code)} was deleted on {IsoDate.Format(deletion.On)}; use {OneOf(deletion.Successors)} instead.",
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem.Error, "An ICD problem without its values."),
        };
    }

    /// <summary>
    /// The message led by what was typed, unless the message already quotes it: where several codes are typed in one
    /// field, the reader must know which one is meant.
    /// </summary>
    public static string Naming(IcdProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.Error is IcdError.MisplacedDot or IcdError.BadShape
            ? Message(problem)
            : $"{Quoted.Of(problem.Input)}: {Message(problem)}";
    }

    private static string OneOf(IReadOnlyList<string> codes) =>
        codes.Count < 2 ? string.Join("", codes) : $"{string.Join(", ", codes.Take(codes.Count - 1))} or {codes[^1]}";
}
