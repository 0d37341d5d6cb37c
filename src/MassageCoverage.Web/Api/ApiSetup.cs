namespace MassageCoverage.Web.Api;

internal static class ApiSetup
{
    public static IServiceCollection AddCoverageApi(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapCoverageApi(this IEndpointRouteBuilder endpoints) => endpoints;
}
