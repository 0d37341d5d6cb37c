namespace MassageCoverage.Web.Features.Accounts;

public static class Roles
{
    public const string Patient = "Patient";
    public const string Staff = "Staff";
    public const string Admin = "Admin";

    public static IReadOnlyList<string> All { get; } = [Patient, Staff, Admin];
}

/// <summary>The console folders' policies: staff pages admit staff and admins, admin pages admins only.</summary>
public static class Policies
{
    public const string Staff = "staff-console";
    public const string Admin = "admin-console";

    public static IServiceCollection AddConsolePolicies(this IServiceCollection services) =>
        services.AddAuthorizationBuilder()
            .AddPolicy(Staff, policy => policy.RequireRole(Roles.Staff, Roles.Admin).AddRequirements(new TwoFactor.TwoFactorRequirement()))
            .AddPolicy(Admin, policy => policy.RequireRole(Roles.Admin).AddRequirements(new TwoFactor.TwoFactorRequirement()))
            .Services;
}
