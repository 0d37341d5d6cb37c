namespace MassageCoverage.Core.Coverage;

/// <summary>
/// A CPT code the product knows, with its descriptor in English (the web project words it for patients).
/// <see cref="Timed"/> codes are billed in 15-minute units, so a session's length decides its units and its price
/// (docs/domain.md section 2); an untimed code is billed once a visit.
/// </summary>
public sealed record CptCode(string Code, string Description, bool Timed = true);

/// <summary>The CPT codes of docs/domain.md section 2.</summary>
public static class CptCodes
{
    public const string Massage = "97124";
    public const string ManualTherapy = "97140";

    public static IReadOnlyList<CptCode> All { get; } =
    [
        new(Massage, "Massage (effleurage, petrissage, tapotement), each 15 minutes"),
        new(ManualTherapy, "Manual therapy (myofascial release, soft-tissue mobilisation, lymphatic drainage), each 15 minutes"),
        new("97112", "Neuromuscular re-education, each 15 minutes"),
        new("97530", "Therapeutic activities, each 15 minutes"),
        // Medicare status B: never paid separately, never billed to the patient.
        new("97010", "Hot or cold packs", Timed: false),
    ];

    public static CptCode? Find(string? code) =>
        code is null ? null : All.FirstOrDefault(c => c.Code == code.Trim());

}
