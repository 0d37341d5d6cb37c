using MassageCoverage.Core;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Features.Language;
using MassageCoverage.Web.Resources;

namespace MassageCoverage.Web.Features.Catalog;

/// <summary>
/// What a person reads, in their language, when a text is not a usable ICD-10-CM code: the check (page and API), referrals and the
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
            { Error: IcdError.Empty } => CheckStrings.IcdEmpty,
            { Error: IcdError.MisplacedDot } => Words.Format(CheckStrings.IcdMisplacedDot, Quoted.Of(problem.Input)),
            { Error: IcdError.BadShape } => Words.Format(CheckStrings.IcdBadShape, Quoted.Of(problem.Input)),
            { Error: IcdError.Deleted, Deletion: { } deletion } =>
                Words.Format(CheckStrings.IcdDeleted, IcdCode.Format(deletion.Code), IsoDate.Format(deletion.On), OneOf(deletion.Successors)),
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
            : Words.Format(CheckStrings.IcdNaming, Quoted.Of(problem.Input), Message(problem));
    }

    private static string OneOf(IReadOnlyList<string> codes) =>
        codes.Count < 2 ? string.Join("", codes) : string.Join(AnswerStrings.ListSeparator, codes.Take(codes.Count - 1)) + AnswerStrings.ListOr + codes[^1];
}
