using System.Globalization;
using MassageCoverage.Core;
using MassageCoverage.Web.Features.Language;
using MassageCoverage.Web.Resources;

namespace MassageCoverage.Web.Features.Catalog;

/// <summary>The 50 states and DC by the names a reader of the page's language knows ("Nueva York" in Spanish).</summary>
public static class StateText
{
    /// <summary>The state's name in the reader's language; the code itself for one we do not know.</summary>
    public static string Name(string? code)
    {
        var state = UsStates.Find(code);
        return state is null
            ? code ?? ""
            : StateStrings.ResourceManager.GetString(state.Code, CultureInfo.CurrentUICulture) ?? state.Name;
    }

    /// <summary>Every state, ordered by its name in the reader's language.</summary>
    public static IEnumerable<(UsState State, string Name)> All() =>
        UsStates.All.Select(s => (s, Name(s.Code))).OrderBy(s => s.Item2, StringComparer.Create(Languages.Culture, ignoreCase: true));
}
