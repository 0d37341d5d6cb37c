namespace MassageCoverage.Core.Eligibility.X12;

/// <summary>Why a text is not an interchange the engine can read. The engine names the problem; the web project words it.</summary>
public enum X12ErrorCode
{
    /// <summary>Nothing but blanks.</summary>
    Empty,

    /// <summary>The text does not start with an ISA segment: not X12, or not the start of an interchange.</summary>
    NoInterchangeHeader,

    /// <summary>The ISA is shorter than its 106 characters: the file was cut inside it.</summary>
    HeaderTooShort,

    /// <summary>An ISA element is not of its fixed width (<see cref="X12Error.Element"/> names it), or holds the element separator.</summary>
    HeaderMalformed,

    /// <summary>ISA12 is not 00501: before it, ISA11 was no repetition separator and the 271 was another guide.</summary>
    UnsupportedVersion,

    /// <summary>Two separators are the same character, or one is a letter, a digit or a space.</summary>
    InvalidDelimiters,

    /// <summary>The text ends inside a segment (no terminator after it): a truncated file.</summary>
    Unterminated,

    /// <summary>A segment whose identifier is not two or three capital letters and digits: garbage, or the wrong separators.</summary>
    InvalidSegmentId,

    /// <summary>A segment where the structure does not allow it (data after IEA, HSD outside a benefit, LE without LS).</summary>
    UnexpectedSegment,

    /// <summary>A segment the structure needs is not there (IEA, GE, SE, LE): <see cref="X12Error.Segment"/> is where it was expected.</summary>
    MissingSegment,

    /// <summary>IEA01, GE01 or SE01 counts something other than what the envelope holds.</summary>
    CountMismatch,

    /// <summary>IEA02, GE02 or SE02 does not repeat its header's control number.</summary>
    ControlNumberMismatch,

    /// <summary>ST01 is not 271: another transaction (a 270 inquiry, a 277, an 835).</summary>
    NotEligibilityResponse,

    /// <summary>A required element is empty or absent.</summary>
    MissingElement,

    /// <summary>An element's value is not one its position allows (a number that is not a number, an unknown HL level).</summary>
    InvalidValue,
}
