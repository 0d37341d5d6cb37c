using System.Text.Json;
using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Features.Catalog;
using MassageCoverage.Web.Features.Check;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Pages.Account.Calls;

/// <summary>
/// The plans the call form offers: the one already chosen, the plans of the patient's saved checks, and what the
/// search found (the check form's search, so it works without scripts: a post that lists the matches).
/// </summary>
public sealed record CallAboutChoices(PlanEntry? Chosen, IReadOnlyList<PlanEntry> Saved, IReadOnlyList<PlanEntry> Matches, bool Searched)
{
    public static CallAboutChoices None { get; } = new(null, [], [], false);
}

/// <summary>Loads <see cref="CallAboutChoices"/> for a patient's call form.</summary>
public sealed class CallAboutLoader(CoverageDbContext db, CheckService checks, CatalogProvider catalogs)
{
    /// <summary>How many of the newest saved checks lend their plan to the list.</summary>
    private const int SavedChecksRead = 50;

    public async Task<CoverageCatalog> CatalogAsync(CancellationToken cancellationToken) => await catalogs.GetAsync(cancellationToken);

    public async Task<CallAboutChoices> LoadAsync(string owner, CallForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var catalog = await CatalogAsync(cancellationToken);
        var answers = await db.SavedChecks.AsNoTracking().Where(s => s.OwnerId == owner).OrderByDescending(s => s.SavedAt)
            .Take(SavedChecksRead).Select(s => s.Answers).ToListAsync(cancellationToken);
        var saved = answers.Select(PlanOf).OfType<string>().Select(catalog.FindPlan).OfType<PlanEntry>().DistinctBy(p => p.Code).ToList();
        var searched = !string.IsNullOrWhiteSpace(form.PlanQuery);
        var matches = searched ? (await checks.FindPlansAsync(form.PlanQuery, null, cancellationToken)).Plans : [];
        return new(catalog.FindPlan(CallAbout.PlanCode(form.About)), saved, matches, searched);
    }

    private static string? PlanOf(string answers)
    {
        using var json = JsonDocument.Parse(answers);
        return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("plan", out var plan)
            && plan.ValueKind == JsonValueKind.String ? plan.GetString() : null;
    }
}
