using MassageCoverage.Web.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MassageCoverage.Web.Features.Catalog.Format;

/// <summary>
/// The import's writes in bulk, on the unit of work's own connection and so inside the writer's transaction: one
/// binary COPY per table instead of one INSERT or UPDATE per row, and statements that take whole arrays of keys.
/// </summary>
internal static class ImportSql
{
    public static NpgsqlConnection Connection(CoverageDbContext db) => (NpgsqlConnection)db.Database.GetDbConnection();

    public static async Task<int> ExecuteAsync(CoverageDbContext db, string sql, CancellationToken cancellationToken,
        params NpgsqlParameter[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, Connection(db));
        command.Parameters.AddRange(parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Streams <paramref name="rows"/> into <paramref name="copy"/> (a <c>COPY ... FROM STDIN (FORMAT BINARY)</c>).</summary>
    public static async Task CopyAsync<T>(CoverageDbContext db, string copy, IReadOnlyCollection<T> rows,
        Func<NpgsqlBinaryImporter, T, CancellationToken, Task> writeRow, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using var importer = await Connection(db).BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            await writeRow(importer, row, cancellationToken);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    public static Task WriteNullableAsync<T>(this NpgsqlBinaryImporter importer, T? value, NpgsqlTypes.NpgsqlDbType type,
        CancellationToken cancellationToken) where T : struct =>
        value is { } v ? importer.WriteAsync(v, type, cancellationToken) : importer.WriteNullAsync(cancellationToken);
}
