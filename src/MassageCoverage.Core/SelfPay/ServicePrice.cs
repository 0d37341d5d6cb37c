namespace MassageCoverage.Core.SelfPay;

/// <summary>
/// What the clinic charges a patient who pays for themselves for one session of a service: per CPT code and, for a
/// timed code, the session's minutes (a 60-minute massage is priced apart from a 30-minute one); an untimed code
/// (<see cref="Coverage.CptCode.Timed"/>) has no minutes and is charged once a visit.
/// </summary>
public sealed record ServicePrice(string CptCode, int? Minutes, decimal Amount);
