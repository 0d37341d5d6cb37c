namespace MassageCoverage.Web.Features.Records;

/// <summary>What the patient-record pages log: identifiers and outcomes only, never names, NPIs, codes or free text.</summary>
internal static partial class RecordsLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "{EntityType} {Id} {Action}")]
    public static partial void Changed(ILogger logger, string entityType, long id, string action);

    [LoggerMessage(Level = LogLevel.Information, Message = "{EntityType} {Id} save refused: changed since it was opened")]
    public static partial void Stale(ILogger logger, string entityType, long id);
}
