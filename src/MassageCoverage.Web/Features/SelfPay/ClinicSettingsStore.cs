using System.Text.Json;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MassageCoverage.Web.Features.SelfPay;

/// <summary>The clinic's details as a form gives them once read: each optional one null when not known yet.</summary>
public sealed record ClinicDetails(
    string ProviderName, string? Npi, string? Tin, string? AddressLine1, string? AddressLine2, string? City, string? State,
    string? PostalCode, string? Phone);

/// <summary>What saving the clinic's details came to: saved, or refused because someone saved since (their values).</summary>
public abstract record ClinicSave
{
    private ClinicSave()
    {
    }

    public sealed record Saved : ClinicSave;

    public sealed record Stale(ClinicSettings Current) : ClinicSave;
}

/// <summary>
/// The one writer of the clinic's details (one row, made by the first save): a save is checked against the row version
/// the form was opened with (0 when there was no row yet) and audited with the values before and after. They are the
/// clinic's own identifiers, not a person's.
/// </summary>
public sealed partial class ClinicSettingsStore(CoverageDbContext db, AuditTrail audit, TimeProvider clock, ILogger<ClinicSettingsStore> logger)
{
    public Task<ClinicSettings?> GetAsync(CancellationToken cancellationToken) =>
        db.ClinicSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == ClinicSettings.SingleId, cancellationToken);

    public async Task<ClinicSave> SaveAsync(string actor, uint version, ClinicDetails details, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(details);
        var settings = await db.ClinicSettings.SingleOrDefaultAsync(s => s.Id == ClinicSettings.SingleId, cancellationToken);
        var before = settings is null ? null : Snapshot(settings);
        if (settings is null)
        {
            settings = db.ClinicSettings.Add(new ClinicSettings { ProviderName = details.ProviderName, UpdatedBy = actor }).Entity;
        }
        else
        {
            db.Entry(settings).Property(s => s.Version).OriginalValue = version;
        }

        (settings.ProviderName, settings.Npi, settings.Tin) = (details.ProviderName, details.Npi, details.Tin);
        (settings.AddressLine1, settings.AddressLine2, settings.City) = (details.AddressLine1, details.AddressLine2, details.City);
        (settings.State, settings.PostalCode, settings.Phone) = (details.State, details.PostalCode, details.Phone);
        (settings.UpdatedBy, settings.UpdatedAt) = (actor, clock.GetUtcNow());
        var action = before is null ? AuditActions.Create : AuditActions.Update;
        audit.Add(actor, AuditEntities.ClinicSettings, ClinicSettings.SingleId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            action, before, Snapshot(settings));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (e is DbUpdateConcurrencyException
            || e is DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } })
        {
            // Saved by someone else since this form was opened: over a newer version, or as the first row at the same
            // moment as this one.
            LogStale();
            db.ChangeTracker.Clear();
            return await GetAsync(cancellationToken) is { } current
                ? new ClinicSave.Stale(current)
                : throw new InvalidOperationException("The clinic's details were refused as changed, yet there are none.", e);
        }

        LogSaved(action);
        return new ClinicSave.Saved();
    }

    private static string Snapshot(ClinicSettings s) => JsonSerializer.Serialize(new
    {
        providerName = s.ProviderName, npi = s.Npi, tin = s.Tin, addressLine1 = s.AddressLine1, addressLine2 = s.AddressLine2,
        city = s.City, state = s.State, postalCode = s.PostalCode, phone = s.Phone,
    });

    [LoggerMessage(Level = LogLevel.Information, Message = "Clinic settings {Action}")]
    private partial void LogSaved(string action);

    [LoggerMessage(Level = LogLevel.Information, Message = "Clinic settings save refused: changed since they were opened")]
    private partial void LogStale();
}
