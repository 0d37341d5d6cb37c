using Microsoft.AspNetCore.Components;

namespace MassageCoverage.Web;

/// <summary>
/// The address of a file under wwwroot as the page should link it: its content-named (fingerprinted) address from the
/// static-assets manifest, which the browser may keep for a year. Written as a plain attribute value rather than through
/// <c>~/</c> and <c>asp-append-version</c>, whose tag helpers were created and run for each link on every page.
/// </summary>
public static class SiteAssets
{
    public static string Url(HttpContext context, string path)
    {
        ArgumentNullException.ThrowIfNull(context);
        var assets = context.GetEndpoint()?.Metadata.GetMetadata<ResourceAssetCollection>();
        return "/" + (assets is null ? path : assets[path]);
    }
}
