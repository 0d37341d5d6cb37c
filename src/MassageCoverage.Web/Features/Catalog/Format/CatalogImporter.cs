using MassageCoverage.Web.Features.Clinic;
using MassageCoverage.Web.Features.Records;
using MassageCoverage.Web.Data;

namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>
/// Imports a file all or nothing: every error first (nothing is written while any remains), then one transaction
/// that upserts the plans and states the file names and makes their versions exactly the file's. Plans and states
/// the file does not name are untouched. Running apps see the result through <c>catalog_revision</c>, which the
/// database bumps on every write to these tables, and this one at once through <see cref="CatalogWriter"/>; a file that
/// changes nothing writes nothing.
/// </summary>
internal sealed partial class CatalogImporter(
    CoverageDbContext db, CatalogWriter writer, ClinicClock clock, ILogger<CatalogImporter> logger)
{
    public Task<ImportResult> ImportAsync(string json, string actor, CancellationToken cancellationToken = default) =>
        RunAsync(json, actor, preview: false, cancellationToken);

    /// <summary>
    /// Runs the whole import in a transaction and rolls it back: the counts are exactly what applying would change,
    /// checked by the same code and the same constraints, and nothing is written.
    /// </summary>
    public Task<ImportResult> PreviewAsync(string json, string actor, CancellationToken cancellationToken = default) =>
        RunAsync(json, actor, preview: true, cancellationToken);

    private async Task<ImportResult> RunAsync(string json, string actor, bool preview, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (!CatalogJson.TryRead(json, out var document, out var readError))
        {
            return Refused([readError!]);
        }

        var errors = new CatalogDocumentValidator(clock.Today).Check(document);
        if (errors.Count > 0)
        {
            return Refused(errors);
        }

        var written = await writer.WriteAsync(async (change, ct) =>
        {
            var session = new ImportSession(db, change, actor.Trim(), clock.UtcNow);
            await PlanImport.RunAsync(session, document.Plans ?? [], ct);
            await MedicaidImport.RunAsync(session, document.Medicaid ?? [], ct);
            await db.SaveChangesAsync(ct);
            session.ApplyDeferredChanges();
            return CatalogWrite.Save(session.Counts);
        }, preview ? CatalogWriteMode.DryRun : CatalogWriteMode.Commit, cancellationToken);
        switch (written)
        {
            case CatalogWrite<ImportCounts>.Saved { Value: var counts }:
                if (!preview)
                {
                    LogImported(counts.PlansCreated, counts.PlansUpdated, counts.StatesCreated, counts.StatesUpdated,
                        counts.RulesAdded, counts.RulesChanged, counts.RulesRemoved,
                        counts.PlanCodes, counts.StateCodes);
                }

                return ImportResult.Imported(counts);
            case CatalogWrite<ImportCounts>.Clash { What: var clash }:
                // Validation mirrors every constraint, so only a concurrent writer gets here (e.g. the same new code).
                return Refused([new("$", $"the database refused the import ({clash.Name}); "
                    + "nothing was written: run the import again")]);
            default:
                return Refused([new("$", "a plan or state in the file was changed by someone else during the import; "
                    + "nothing was written: run the import again")]);
        }
    }
    private ImportResult Refused(IReadOnlyList<ImportError> errors)
    {
        LogRefused(errors.Count);
        return ImportResult.Refused(errors);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalog import committed: plans {PlansCreated} created, "
        + "{PlansUpdated} updated; states {StatesCreated} created, {StatesUpdated} updated; rules {RulesAdded} added, "
        + "{RulesChanged} changed, {RulesRemoved} removed; plans changed {PlanCodes}, states changed {StateCodes}")]
    private partial void LogImported(int plansCreated, int plansUpdated, int statesCreated, int statesUpdated,
        int rulesAdded, int rulesChanged, int rulesRemoved, IEnumerable<string> planCodes, IEnumerable<string> stateCodes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Catalog import refused with {Errors} errors; nothing was written")]
    private partial void LogRefused(int errors);
}
