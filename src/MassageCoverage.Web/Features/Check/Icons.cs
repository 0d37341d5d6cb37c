using Microsoft.AspNetCore.Html;
using MassageCoverage.Core.Coverage;

namespace MassageCoverage.Web.Features.Check;

/// <summary>
/// The answer's icons as fixed SVG markup, built once: a page writes a cached string instead of rendering a partial
/// view per icon. Decorative: every icon stands beside a text label that says the same, so it is hidden from
/// assistive technology and never takes focus.
/// </summary>
public static class Icons
{
    private static readonly HtmlString Check = Svg("""<path d="M4 12.5l5 5L20 6.5" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" stroke-linejoin="round" />""");
    private static readonly HtmlString Cross = Svg("""<path d="M6 6l12 12M18 6L6 18" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" />""");
    private static readonly HtmlString Alert = Svg("""<path d="M12 4v10M12 18.5v1" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" />""");
    private static readonly HtmlString Question = Svg("""<path d="M8.5 9a3.5 3.5 0 1 1 5 3.2c-1 .5-1.5 1.2-1.5 2.3M12 18.5v1" fill="none" stroke="currentColor" stroke-width="2.6" stroke-linecap="round" />""");

    /// <summary>The icon named "check", "cross" or "alert"; any other name is the question mark.</summary>
    public static HtmlString Named(string? name) => name switch
    {
        "check" => Check,
        "cross" => Cross,
        "alert" => Alert,
        _ => Question,
    };

    /// <summary>A requirement's icon: a tick when met, a cross when not, a question mark when unknown.</summary>
    public static HtmlString For(RequirementStatus status) => status switch
    {
        RequirementStatus.Met => Check,
        RequirementStatus.Unmet => Cross,
        _ => Question,
    };

    private static HtmlString Svg(string path) =>
        new($"""<svg class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">{path}</svg>""");
}
