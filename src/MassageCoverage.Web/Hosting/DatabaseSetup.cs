using MassageCoverage.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Hosting;

/// <summary>
/// The app's one PostgreSQL database: its context on <c>ConnectionStrings:Default</c>, which fails with how to set
/// that string when it is missing, and the initializer that migrates and seeds it.
/// </summary>
internal static class DatabaseSetup
{
    public const string MigrateOnStartupSetting = "Database:MigrateOnStartup";

    public static IServiceCollection AddAppDatabase(this IServiceCollection services)
    {
        services.AddDbContext<CoverageDbContext>((provider, options) =>
        {
            var connectionString = provider.GetRequiredService<IConfiguration>().GetConnectionString("Default");
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    "ConnectionStrings:Default is not set. Start the app with ./build.sh run, or set ConnectionStrings__Default.");
            }

            options.UseNpgsql(connectionString);
        });
        services.AddScoped<DatabaseInitializer>();
        return services;
    }

    /// <summary>Migrates and seeds before the first request when <see cref="MigrateOnStartupSetting"/> is true.</summary>
    public static async Task MigrateOnStartupAsync(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>(MigrateOnStartupSetting))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }
}
