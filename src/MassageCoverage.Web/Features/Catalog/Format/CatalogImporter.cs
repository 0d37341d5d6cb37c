using System.Security.Cryptography;
using System.Text;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Features.Audit;

namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>
/// Imports a file all or nothing: every error first (nothing is written while any remains), then one transaction
/// that upserts the plans and states the file names and makes their versions exactly the file's. Plans and states
/// the file does not name are untouched. The rows are written in bulk, and the import is audited as one entry: the
/// actor, the counts, the file's SHA-256 and the codes of the plans and states it changed. Running apps see the
/// result through <c>catalog_revision</c>, which the database bumps once per transaction that writes these tables,
/// and this one at once through <see cref="CatalogWriter"/>; a file that changes nothing writes nothing.
/// </summary>
internal sealed partial class CatalogImporter(
    CoverageDbContext db, CatalogWriter writer, ClinicClock clock, ILogger<CatalogImporter> logger)
{
    /// <summary>How many codes of each kind the log line names; the audit entry names them all.</summary>
    private const int LoggedCodes = 20;

    public Task<ImportResult> ImportAsync(string json, string actor, CancellationToken cancellationToken = default) =>
        ImportAsync(Encoding.UTF8.GetBytes(json ?? throw new ArgumentNullException(nameof(json))), actor, cancellationToken);

    /// <param name="utf8Json">The file's bytes, as read: its SHA-256 is what the audit entry names.</param>
    public Task<ImportResult> ImportAsync(ReadOnlyMemory<byte> utf8Json, string actor, CancellationToken cancellationToken = default) =>
        ImportAsync(utf8Json, actor, ImportOptions.Default, cancellationToken);

    public Task<ImportResult> ImportAsync(ReadOnlyMemory<byte> utf8Json, string actor, ImportOptions options,
        CancellationToken cancellationToken = default) =>
        RunAsync(utf8Json, actor, options, preview: false, cancellationToken);

    /// <summary>
    /// Runs the whole import in a transaction and rolls it back: the counts are exactly what applying would change,
    /// checked by the same code and the same constraints, and nothing is written.
    /// </summary>
    public Task<ImportResult> PreviewAsync(string json, string actor, CancellationToken cancellationToken = default) =>
        PreviewAsync(Encoding.UTF8.GetBytes(json ?? throw new ArgumentNullException(nameof(json))), actor, ImportOptions.Default, cancellationToken);

    public Task<ImportResult> PreviewAsync(ReadOnlyMemory<byte> utf8Json, string actor, ImportOptions options,
        CancellationToken cancellationToken = default) =>
        RunAsync(utf8Json, actor, options, preview: true, cancellationToken);

    private async Task<ImportResult> RunAsync(ReadOnlyMemory<byte> utf8Json, string actor, ImportOptions options, bool preview,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentNullException.ThrowIfNull(options);
        if (!CatalogJson.TryRead(utf8Json.Span, out var document, out var readError))
        {
            return Refused([readError!]);
        }

        var errors = new CatalogDocumentValidator(clock.Today).Check(document);
        if (errors.Count > 0)
        {
            return Refused(errors);
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(utf8Json.Span));
        var written = await writer.WriteAsync(async (change, ct) =>
        {
            // Under the catalog lock: no other writer can move the revision between this read and the commit.
            var revision = await CatalogLoader.ReadRevisionAsync(db, ct);
            if (options.ExpectedRevision is { } expected && expected != revision)
            {
                return CatalogWrite.Refuse<Outcome>("the catalog has changed since this file was previewed; nothing was "
                    + "written: preview the file again to see what it would change now");
            }

            var session = new ImportSession(db, actor.Trim(), clock.UtcNow, options.ListChanges ? new ImportChanges() : null);
            await PlanImport.RunAsync(session, document.Plans ?? [], ct);
            await MedicaidImport.RunAsync(session, document.Medicaid ?? [], ct);
            if (!options.StatesAllowed && session.Counts.StateCodes.Count > 0)
            {
                return CatalogWrite.Refuse<Outcome>($"would change Medicaid states ({string.Join(", ", session.Counts.StateCodes)}), "
                    + "which only an admin may do: remove them from the file or ask an admin", "$.medicaid");
            }

            await session.Rules.WriteAsync(db, ct);
            if (!session.Counts.NothingChanged)
            {
                change.Audit(session.Actor, AuditEntities.CatalogImport, sha256, AuditActions.Import, null,
                    CatalogJson.Snapshot(session.Counts.AuditSummary(sha256)));
            }

            return CatalogWrite.Save(new Outcome(session.Counts, revision, session.Changes?.Owners ?? []));
        }, preview ? CatalogWriteMode.DryRun : CatalogWriteMode.Commit, cancellationToken);
        switch (written)
        {
            case CatalogWrite<Outcome>.Saved { Value: var outcome }:
                if (!preview)
                {
                    LogImported(outcome.Counts, sha256);
                }

                return ImportResult.Imported(outcome.Counts) with { Revision = outcome.Revision, Changes = outcome.Changes };
            case CatalogWrite<Outcome>.Refused { Reason: var reason, Field: var field }:
                return Refused([new(field ?? "$", reason)]);
            case CatalogWrite<Outcome>.Clash { What: var clash }:
                // Validation mirrors every constraint, so only a concurrent writer gets here (e.g. the same new code).
                return Refused([new("$", $"the database refused the import ({clash.Name}); "
                    + "nothing was written: run the import again")]);
            default:
                return Refused([new("$", "a plan or state in the file was changed by someone else during the import; "
                    + "nothing was written: run the import again")]);
        }
    }

    private void LogImported(ImportCounts counts, string sha256)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            var planCodes = counts.PlanCodes.Take(LoggedCodes);
            var stateCodes = counts.StateCodes.Take(LoggedCodes);
            LogImported(counts.PlansCreated, counts.PlansUpdated, counts.StatesCreated, counts.StatesUpdated,
                counts.RulesAdded, counts.RulesChanged, counts.RulesRemoved, planCodes, stateCodes, sha256);
        }
    }

    private ImportResult Refused(IReadOnlyList<ImportError> errors)
    {
        LogRefused(errors.Count);
        return ImportResult.Refused(errors);
    }

    private sealed record Outcome(ImportCounts Counts, long Revision, IReadOnlyList<ImportOwnerChange> Changes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalog import committed: plans {PlansCreated} created, "
        + "{PlansUpdated} updated; states {StatesCreated} created, {StatesUpdated} updated; rules {RulesAdded} added, "
        + "{RulesChanged} changed, {RulesRemoved} removed; plans changed {PlanCodes}, states changed {StateCodes} "
        + "(the first of each; the audit entry of file {Sha256} names them all)")]
    private partial void LogImported(int plansCreated, int plansUpdated, int statesCreated, int statesUpdated,
        int rulesAdded, int rulesChanged, int rulesRemoved, IEnumerable<string> planCodes, IEnumerable<string> stateCodes,
        string sha256);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Catalog import refused with {Errors} errors; nothing was written")]
    private partial void LogRefused(int errors);
}
