namespace MassageCoverage.Web.Features.Catalog.Format;

internal static class ImportSetup
{
    public static IServiceCollection AddCatalogImport(this IServiceCollection services)
    {
        services.AddScoped<CatalogImporter>();
        services.AddScoped<ImportPreviews>();
        services.AddScoped<CatalogExporter>();
        return services;
    }
}
