using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MassageCoverage.Web.Features.Audit;

/// <summary>One field of an audit entry in words: its value before and after (null when the entry has no such side).</summary>
public sealed record FieldChange(string Field, string? Before, string? After)
{
    /// <summary>"max visits per year: 20 → 24", or "name: Acme PPO Gold" when only one side exists.</summary>
    public override string ToString() =>
        Before is not null && After is not null ? $"{Field}: {Before} → {After}" : $"{Field}: {After ?? Before}";
}

/// <summary>
/// The field-by-field difference of an audit entry's Before and After JSON, read as words: field names split from
/// camelCase ("maxVisitsPerYear" is "max visits per year"), the format's enum tokens split the same way
/// ("withinTherapy" is "within therapy"), yes/no for booleans, "none" for an empty value. The owner a rule's
/// snapshot names is left out: the entry names its owner on its own.
/// </summary>
public static class AuditDiff
{
    public const string None = "none";

    /// <summary>The fields whose values are the import format's camelCase tokens (see FormatTokens), read as words.</summary>
    private static readonly HashSet<string> TokenFields = new(StringComparer.Ordinal)
    {
        "planType", "networkType", "pathway", "unitRule", "benefitPeriod", "coverageForm", "allowedProviderTypes", "includes",
    };

    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal) { "owner" };

    /// <summary>
    /// With both sides, only the fields that differ; with one side (a create, a delete, an import), every field of it.
    /// </summary>
    public static IReadOnlyList<FieldChange> Compare(string? before, string? after)
    {
        var old = Flatten(before);
        var @new = Flatten(after);
        if (before is null || after is null)
        {
            return [.. (after is null ? old : @new).Select(f => new FieldChange(f.Key, before is null ? null : f.Value, after is null ? null : f.Value))];
        }

        var changes = new List<FieldChange>();
        foreach (var field in old.Keys.Union(@new.Keys))
        {
            var was = old.GetValueOrDefault(field, None);
            var now = @new.GetValueOrDefault(field, None);
            if (!string.Equals(was, now, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(field, was, now));
            }
        }

        return changes;
    }

    /// <summary>A string property of the snapshot, or null: e.g. a rule's <c>owner</c> or <c>rule.effectiveFrom</c>.</summary>
    public static string? Read(string? json, params string[] path)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        var element = document.RootElement;
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
    }

    /// <summary>"maxVisitsPerYear" or "PlansCreated" as "max visits per year", "plans created".</summary>
    public static string Words(string camel)
    {
        ArgumentNullException.ThrowIfNull(camel);
        var words = new StringBuilder(camel.Length + 8);
        for (var i = 0; i < camel.Length; i++)
        {
            var c = camel[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(camel[i - 1]) || (i + 1 < camel.Length && char.IsLower(camel[i + 1]) && char.IsUpper(camel[i - 1]))))
            {
                words.Append(' ');
            }

            words.Append(char.IsUpper(c) && (i + 1 >= camel.Length || !char.IsUpper(camel[i + 1])) ? char.ToLowerInvariant(c) : c);
        }

        return words.ToString();
    }

    private static Dictionary<string, string> Flatten(string? json)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(json))
        {
            return fields;
        }

        using var document = JsonDocument.Parse(json);
        Add(fields, document.RootElement, "", token: false);
        return fields;
    }

    private static void Add(Dictionary<string, string> fields, JsonElement element, string prefix, bool token)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (prefix.Length == 0 && Hidden.Contains(property.Name))
                {
                    continue;
                }

                // A rule's snapshot is {owner, rule: {...}}: its fields read without the "rule" prefix.
                var name = prefix.Length == 0 && property.Name == "rule" ? "" : Join(prefix, Words(property.Name));
                Add(fields, property.Value, name, TokenFields.Contains(property.Name));
            }

            return;
        }

        if (element.ValueKind == JsonValueKind.Array && element.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.Object))
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                Add(fields, item, Join(prefix, (++index).ToString(CultureInfo.InvariantCulture)), token);
            }

            return;
        }

        fields[prefix.Length == 0 ? "value" : prefix] = Value(element, token);
    }

    private static string Join(string prefix, string name) => prefix.Length == 0 ? name : $"{prefix} {name}";

    private static string Value(JsonElement element, bool token) => element.ValueKind switch
    {
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        JsonValueKind.Null or JsonValueKind.Undefined => None,
        JsonValueKind.String => element.GetString() is { Length: > 0 } text ? (token ? Words(text) : text) : None,
        JsonValueKind.Array => element.GetArrayLength() == 0 ? None
            : string.Join(", ", element.EnumerateArray().Select(e => Value(e, token))),
        _ => element.GetRawText(),
    };
}
