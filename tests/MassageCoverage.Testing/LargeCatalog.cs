using System.Globalization;
using System.Text.Json;

namespace MassageCoverage.Testing;

/// <summary>
/// A large valid catalog file in the import format: <c>plans</c> plans (codes <c>bench-plan-000001</c> on), each
/// with two rule versions (2025, and 2026 on), spread over a few hundred insurers. The tests import it at scale and
/// <c>./build.sh bench-import</c> times it; it is written straight to a stream, so a file of 100,000 plans needs
/// no more memory than one plan.
/// </summary>
public static class LargeCatalog
{
    private static readonly string[] StateCodes = ["WA", "OR", "CA", "TX", "NY", "CO", "FL", "IL"];
    private static readonly string[] NetworkTypes = ["hmo", "ppo", "epo", "pos", "other"];

    public static string PlanCode(int index) => $"bench-plan-{index:D6}";

    /// <param name="visits">Each plan's visit cap in 2026: a second file with another value changes every second version.</param>
    public static void Write(Stream output, int plans, int visits = 20)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegative(plans);
        using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WriteStartArray("plans");
        for (var i = 1; i <= plans; i++)
        {
            WritePlan(json, i, visits);
            if (json.BytesPending > 64 * 1024)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static string Text(int plans, int visits = 20)
    {
        using var buffer = new MemoryStream();
        Write(buffer, plans, visits);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WritePlan(Utf8JsonWriter json, int i, int visits)
    {
        json.WriteStartObject();
        json.WriteString("code", PlanCode(i));
        json.WriteString("insurer", $"Bench Health {i % 300:D3} (demo)");
        json.WriteString("name", $"Bench Plan {i.ToString(CultureInfo.InvariantCulture)} (demo)");
        json.WriteString("planType", i % 4 == 0 ? "medicareAdvantage" : "private");
        json.WriteStartArray("states");
        json.WriteStringValue(StateCodes[i % StateCodes.Length]);
        json.WriteStringValue(StateCodes[(i + 3) % StateCodes.Length]);
        json.WriteEndArray();
        json.WriteString("networkType", NetworkTypes[i % NetworkTypes.Length]);
        json.WriteStartArray("rules");
        WriteRule(json, "2025-01-01", "2025-12-31", 12, i % 3 == 0);
        WriteRule(json, "2026-01-01", null, visits, i % 3 == 0);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, string from, string? to, int visits, bool referral)
    {
        json.WriteStartObject();
        json.WriteStartArray("serviceCodes");
        json.WriteStringValue("97124");
        json.WriteStringValue("97140");
        json.WriteEndArray();
        json.WriteBoolean("covered", true);
        json.WriteBoolean("requiresReferral", referral);
        json.WriteBoolean("requiresLicensedTherapist", true);
        json.WriteNumber("maxVisitsPerYear", visits);
        json.WriteNumber("copay", 25.5m);
        json.WriteString("effectiveFrom", from);
        if (to is null)
        {
            json.WriteNull("effectiveTo");
        }
        else
        {
            json.WriteString("effectiveTo", to);
        }

        json.WriteString("source", "Generated benchmark policy");
        json.WriteEndObject();
    }
}
