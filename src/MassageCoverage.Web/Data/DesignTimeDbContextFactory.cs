using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MassageCoverage.Web.Data;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the app; adding a migration never connects.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<CoverageDbContext>
{
    public CoverageDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<CoverageDbContext>()
            .UseNpgsql("Host=localhost;Database=massagecoverage_design")
            .Options);
}
