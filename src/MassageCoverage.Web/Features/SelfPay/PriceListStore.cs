using System.Globalization;
using System.Text.Json;
using MassageCoverage.Core.SelfPay;
using MassageCoverage.Web.Data;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MassageCoverage.Web.Features.SelfPay;

/// <summary>A price as a form gives it once read: a known CPT code, minutes for a timed code only, dollars to the cent.</summary>
public sealed record PriceInput(string CptCode, int? Minutes, decimal Amount);

/// <summary>What a change to the price list came to.</summary>
public abstract record PriceSave
{
    private PriceSave()
    {
    }

    public sealed record Saved(long Id) : PriceSave;

    /// <summary>Another price already has this code and length.</summary>
    public sealed record Taken : PriceSave;

    /// <summary>Someone changed the price since it was opened; <see cref="Current"/> is what they saved.</summary>
    public sealed record Stale(ClinicPrice Current) : PriceSave;

    /// <summary>The price was deleted since it was opened.</summary>
    public sealed record Gone : PriceSave;
}

/// <summary>
/// The one writer of the clinic's self-pay price list: every change is checked against the row version it was opened
/// with (never silently overwritten) and audited with its values before and after, in the same transaction. Prices are
/// the clinic's data, not a patient's: the audit entry can carry them.
/// </summary>
public sealed partial class PriceListStore(CoverageDbContext db, AuditTrail audit, TimeProvider clock, ILogger<PriceListStore> logger)
{
    /// <summary>Every price, by code and then length.</summary>
    public async Task<IReadOnlyList<ClinicPrice>> AllAsync(CancellationToken cancellationToken) =>
        await db.ClinicPrices.AsNoTracking().OrderBy(p => p.CptCode).ThenBy(p => p.Minutes).ToListAsync(cancellationToken);

    /// <summary>The prices as the estimate reads them.</summary>
    public async Task<IReadOnlyList<ServicePrice>> PricesAsync(CancellationToken cancellationToken) =>
        [.. (await AllAsync(cancellationToken)).Select(p => new ServicePrice(p.CptCode, p.Minutes, p.Amount))];

    public Task<ClinicPrice?> FindAsync(long id, CancellationToken cancellationToken) =>
        db.ClinicPrices.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    public async Task<PriceSave> AddAsync(string actor, PriceInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await TakenAsync(input, null, cancellationToken))
        {
            return new PriceSave.Taken();
        }

        var price = db.ClinicPrices.Add(new ClinicPrice { CptCode = input.CptCode, UpdatedBy = actor }).Entity;
        Apply(price, input, actor);
        audit.Add(actor, AuditEntities.ClinicPrice, Id(price.Id), AuditActions.Create, after: Snapshot(price));
        return await SaveAsync(price.Id, AuditActions.Create, cancellationToken);
    }

    public async Task<PriceSave> UpdateAsync(string actor, long id, uint version, PriceInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var price = await db.ClinicPrices.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (price is null)
        {
            return new PriceSave.Gone();
        }

        if (await TakenAsync(input, id, cancellationToken))
        {
            return new PriceSave.Taken();
        }

        var before = Snapshot(price);
        db.Entry(price).Property(p => p.Version).OriginalValue = version;
        Apply(price, input, actor);
        audit.Add(actor, AuditEntities.ClinicPrice, Id(id), AuditActions.Update, before, Snapshot(price));
        return await SaveAsync(id, AuditActions.Update, cancellationToken);
    }

    public async Task<PriceSave> DeleteAsync(string actor, long id, uint version, CancellationToken cancellationToken)
    {
        var price = await db.ClinicPrices.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (price is null)
        {
            return new PriceSave.Gone();
        }

        db.Entry(price).Property(p => p.Version).OriginalValue = version;
        db.ClinicPrices.Remove(price);
        audit.Add(actor, AuditEntities.ClinicPrice, Id(id), AuditActions.Delete, before: Snapshot(price));
        return await SaveAsync(id, AuditActions.Delete, cancellationToken);
    }

    private Task<bool> TakenAsync(PriceInput input, long? except, CancellationToken cancellationToken) =>
        db.ClinicPrices.AnyAsync(p => p.CptCode == input.CptCode && p.Minutes == input.Minutes && p.Id != except, cancellationToken);

    private void Apply(ClinicPrice price, PriceInput input, string actor)
    {
        (price.CptCode, price.Minutes, price.Amount) = (input.CptCode, input.Minutes, input.Amount);
        (price.UpdatedBy, price.UpdatedAt) = (actor, clock.GetUtcNow());
    }

    private async Task<PriceSave> SaveAsync(long id, string action, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            LogStale(id);
            db.ChangeTracker.Clear();
            return await FindAsync(id, cancellationToken) is { } current ? new PriceSave.Stale(current) : new PriceSave.Gone();
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The same code and length saved by someone else between the check above and this save.
            db.ChangeTracker.Clear();
            return new PriceSave.Taken();
        }

        LogChanged(id, action);
        return new PriceSave.Saved(id);
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Snapshot(ClinicPrice price) =>
        JsonSerializer.Serialize(new { cptCode = price.CptCode, minutes = price.Minutes, amount = price.Amount });

    [LoggerMessage(Level = LogLevel.Information, Message = "Clinic price {Id} {Action}")]
    private partial void LogChanged(long id, string action);

    [LoggerMessage(Level = LogLevel.Information, Message = "Clinic price {Id} save refused: changed since it was opened")]
    private partial void LogStale(long id);
}
