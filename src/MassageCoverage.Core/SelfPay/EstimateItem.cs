namespace MassageCoverage.Core.SelfPay;

/// <summary>
/// One service a patient expects: its CPT code (one the product knows), the minutes of each session for a timed code
/// (none for an untimed one), how many sessions, and the diagnosis codes it treats (ICD-10-CM, normalised).
/// </summary>
public sealed record EstimateItem(string CptCode, int? Minutes, int Sessions, IReadOnlyList<string> DiagnosisCodes);
