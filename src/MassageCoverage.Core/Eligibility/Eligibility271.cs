using System.Diagnostics.CodeAnalysis;
using MassageCoverage.Core.Eligibility.Parsing;
using MassageCoverage.Core.Eligibility.X12;

namespace MassageCoverage.Core.Eligibility;

/// <summary>
/// Reads an X12 271 eligibility response (005010X279A1, docs/x12-271.md): the syntax with the separators its ISA
/// chose, the envelopes and their counts, the loops, then the model. Whatever the input (a truncated file, the wrong
/// separators, another transaction, garbage), the answer is a response or an <see cref="X12Error"/>, never an exception.
/// </summary>
public static class Eligibility271
{
    public static bool TryParse(string? text, [NotNullWhen(true)] out EligibilityResponse? response, [NotNullWhen(false)] out X12Error? error)
    {
        response = null;
        if (!X12Reader.TryRead(text, out var document, out error) || !X12Envelope.TryRead(document, out var sets, out error))
        {
            return false;
        }

        if (sets.Count == 0)
        {
            var expected = document.Segments.First(s => s.Id is not ("ISA" or "GS"));
            error = new X12Error(X12ErrorCode.MissingSegment, "ST", expected.Position);
            return false;
        }

        var errors = new ErrorSink();
        var transactions = new List<EligibilityTransaction>(sets.Count);
        foreach (var set in sets)
        {
            if (TransactionReader.Read(set, errors) is { } transaction && errors.First is null)
            {
                transactions.Add(transaction);
            }
            else
            {
                error = errors.First!;
                return false;
            }
        }

        response = new EligibilityResponse(document, document.Segments[0].Span(13).Trim().ToString(), transactions);
        return true;
    }
}
