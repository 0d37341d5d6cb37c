using MassageCoverage.Testing;

namespace MassageCoverage.Web.Tests;

/// <summary>Tests in this collection share one migrated database and one app; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class AppCollectionDefinition : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}
