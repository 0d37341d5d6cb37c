namespace MassageCoverage.Web.Tests.Security;

/// <summary>What an attacker, a broken client or a clumsy paste sends: markup, SQL, header splitting, control and
/// bidi characters, sizes and numbers and dates out of range.</summary>
internal static class HostilePayloads
{
    public static readonly string[] Text =
    [
        "<mcx1 onmouseover=alert(1)>",
        "\"><script>alert(1)</script>",
        "' OR 1=1--",
        "%0d%0aSet-Cookie:x",
        "\r\nSet-Cookie: x=1",
        "a\0b",
        "\u202Egnp.exe\u202C",
        new string('A', 20_000),
        "-1",
        "-2147483649",
        "99999999999999999999999",
        "1e309",
        "2026-02-30",
        "9999-99-99",
        "{{7*7}}${7*7}../../etc/passwd",
        "\U0001F600e\u0301",
        "   ",
    ];

    /// <summary>Payloads that must never come back verbatim in HTML: Razor encodes each of their characters.</summary>
    public static bool IsMarkup(string payload) => payload.AsSpan().IndexOfAny("<>\"'") >= 0;

    /// <summary>Catalog files for an upload field: well formed, but hostile inside.</summary>
    public static string[] CatalogFiles() =>
    [
        Import.CatalogFiles.OnePlan(planOverrides: """{ "name": "Evil\u0000 <mcx1 onmouseover=alert(1)>", "insurer": "\"><script>alert(1)</script>" }"""),
        Import.CatalogFiles.OnePlan(planOverrides: """{ "states": ["W\u0000A", "' OR 1=1--"], "networkType": "\u202Eppo" }"""),
        Import.CatalogFiles.OnePlan(ruleOverrides: """{ "effectiveFrom": "2026-02-30", "visitLimit": -99999999999, "copay": 1e309 }"""),
        Import.CatalogFiles.OnePlan(code: "evil\\u0000code"),
        string.Concat(Enumerable.Repeat("{\"plans\":", 2_000)) + new string('}', 2_000),
        """{ "plans": [], "plans": [] }""",
    ];

    /// <summary>A form body in which every field holds bytes that are not UTF-8, percent-encoded and raw.</summary>
    public static readonly string[] InvalidUtf8 = ["%FF%FE%C3%28", "\u00FF\u00C3\u0028"];
}
