namespace MassageCoverage.Core.Coverage;

public enum NetworkType
{
    Hmo,
    Ppo,
    Epo,
    Pos,
    Other,
}
