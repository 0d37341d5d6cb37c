namespace MassageCoverage.Core.Coverage;

/// <summary>
/// The 15-minute units of the planned session (<see cref="Planned"/>) and how many of them the rule pays for
/// (<see cref="Covered"/>, never more than planned), both counted by <see cref="Rule"/>, so a patient sees what a longer
/// session would cost them before the visit.
/// </summary>
public sealed record SessionUnits(int Planned, int Covered, UnitRule Rule);
