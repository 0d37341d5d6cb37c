namespace MassageCoverage.Web.Features.Accounts;

public static class Roles
{
    public const string Patient = "Patient";
    public const string Staff = "Staff";
    public const string Admin = "Admin";

    public static IReadOnlyList<string> All { get; } = [Patient, Staff, Admin];
}
