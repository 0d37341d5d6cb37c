using MassageCoverage.Web.Features.Catalog;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MassageCoverage.Web.Hosting.Health;

/// <summary>
/// Ready also means the catalog snapshot is in memory: before it is, the first check would load it from the
/// database inside a user's request, and a load balancer would send traffic to an instance that cannot answer fast.
/// </summary>
internal sealed class CatalogReadyHealthCheck(CatalogProvider catalog) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(catalog.HasSnapshot
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The coverage catalog has not loaded yet."));
}
