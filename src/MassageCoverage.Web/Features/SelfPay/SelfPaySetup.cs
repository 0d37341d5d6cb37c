namespace MassageCoverage.Web.Features.SelfPay;

public static class SelfPaySetup
{
    /// <summary>The clinic's price list and details, the two things a Good Faith Estimate is built from.</summary>
    public static IServiceCollection AddSelfPay(this IServiceCollection services) =>
        services.AddScoped<PriceListStore>().AddScoped<ClinicSettingsStore>();
}
