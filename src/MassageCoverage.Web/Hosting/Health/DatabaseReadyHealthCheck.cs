using MassageCoverage.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MassageCoverage.Web.Hosting.Health;

/// <summary>Ready means the database answers and every migration this build knows of has been applied.</summary>
internal sealed class DatabaseReadyHealthCheck(CoverageDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = await db.Database.GetPendingMigrationsAsync(cancellationToken);
            return pending.Any()
                ? HealthCheckResult.Unhealthy("Database migrations are pending.")
                : HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (DatabaseFailure.IsUnavailable(ex))
        {
            return HealthCheckResult.Unhealthy("Database unreachable.");
        }
    }
}
