using MassageCoverage.Testing;
using MassageCoverage.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MassageCoverage.Web.Tests.Pages;

/// <summary>
/// The folder conventions in Program.cs, read from the endpoints themselves. Every console page also carries its own
/// [Authorize], so requests alone could not tell whether the conventions are there: these are the backstop for a page
/// that forgets its attribute.
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public class ConsoleFolderPolicyTests(AppFixture app)
{
    [Theory]
    [InlineData("staff", Policies.Staff)]
    [InlineData("admin", Policies.Admin)]
    public void Every_console_page_requires_its_folder_policy(string prefix, string policy)
    {
        var pages = app.Factory.Services.GetServices<EndpointDataSource>()
            .SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Where(e => e.RoutePattern.RawText!.TrimStart('/') is var route
                && (route == prefix || route.StartsWith(prefix + "/", StringComparison.OrdinalIgnoreCase)))
            .ToList();

        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.True(
            page.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == policy),
            $"{page.RoutePattern.RawText} does not require the {policy} policy."));
    }
}
