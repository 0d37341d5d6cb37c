namespace MassageCoverage.Web.Tests.Import;

/// <summary>Each rule of the format, one bad value at a time: the error names the JSON path of that value.</summary>
public class CatalogValidationTests
{
    [Fact]
    public void The_starting_file_is_valid() => Assert.Empty(CatalogFiles.Errors(CatalogFiles.OnePlan()));

    [Theory]
    [InlineData("""{ "effectiveTo": "2024-12-31" }""", "effectiveTo", "must be on or after effectiveFrom")]
    [InlineData("""{ "effectiveFrom": "2025-13-01" }""", "effectiveFrom", "'2025-13-01' is not a date in the form yyyy-MM-dd")]
    [InlineData("""{ "effectiveFrom": null }""", "effectiveFrom", "is required: the first day the version applies, yyyy-MM-dd")]
    [InlineData("""{ "lastVerified": "26/11/2026" }""", "lastVerified", "'26/11/2026' is not a date in the form yyyy-MM-dd")]
    [InlineData("""{ "lastVerified": "2099-01-01" }""", "lastVerified", "must not be after today")]
    [InlineData("""{ "serviceCodes": [] }""", "serviceCodes", "must list at least one CPT code, such as 97124")]
    [InlineData("""{ "serviceCodes": ["97124", "99999"] }""", "serviceCodes[1]", "'99999' is not a CPT code this product knows (97124, 97140, 97112, 97530, 97010)")]
    [InlineData("""{ "covered": null }""", "covered", "is required: true or false")]
    [InlineData("""{ "allowedProviderTypes": ["masseuse"] }""", "allowedProviderTypes[0]", "'masseuse' is not a provider type (massageTherapist, physicalTherapist, occupationalTherapist, chiropractor)")]
    [InlineData("""{ "coveredDiagnosisPrefixes": ["M54", "54M"] }""", "coveredDiagnosisPrefixes[1]", "'54M' is not an ICD-10-CM code")]
    [InlineData("""{ "coveredDiagnosisPrefixes": ["M5.4"] }""", "coveredDiagnosisPrefixes[0]", "a dot may only follow the third character")]
    [InlineData("""{ "maxVisitsPerYear": 0 }""", "maxVisitsPerYear", "must be between 1 and 365")]
    [InlineData("""{ "maxVisitsPerYear": 366 }""", "maxVisitsPerYear", "must be between 1 and 365")]
    [InlineData("""{ "copay": -0.01 }""", "copay", "must be between 0 and 10000")]
    [InlineData("""{ "copay": 10000.01 }""", "copay", "must be between 0 and 10000")]
    [InlineData("""{ "copay": 12.345 }""", "copay", "must have at most 2 decimal places")]
    [InlineData("""{ "coinsurancePercent": 100.5 }""", "coinsurancePercent", "must be between 0 and 100")]
    [InlineData("""{ "minAge": -1 }""", "minAge", "must be between 0 and 120")]
    [InlineData("""{ "maxAge": 121 }""", "maxAge", "must be between 0 and 120")]
    [InlineData("""{ "minAge": 30, "maxAge": 29 }""", "maxAge", "must be at least minAge")]
    [InlineData("""{ "referralValidDays": 0 }""", "referralValidDays", "must be between 1 and 3650 days")]
    [InlineData("""{ "referralValidDays": 3651 }""", "referralValidDays", "must be between 1 and 3650 days")]
    [InlineData("""{ "priorAuthorizationAfterVisits": -1 }""", "priorAuthorizationAfterVisits", "must be between 0 and 365")]
    [InlineData("""{ "priorAuthorizationAfterVisits": 366 }""", "priorAuthorizationAfterVisits", "must be between 0 and 365")]
    [InlineData("""{ "source": "  " }""", "source", "is required on every rule: the citation or URL it was read from")]
    public void A_bad_rule_value_is_reported_at_its_path(string rule, string field, string message)
    {
        var error = Assert.Single(CatalogFiles.Errors(CatalogFiles.OnePlan(ruleOverrides: rule)));

        Assert.StartsWith($"$.plans[0].rules[0].{field}: ", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "minAge": 18, "maxAge": 18, "copay": 10000, "coinsurancePercent": 0, "maxVisitsPerYear": 365 }""")]
    [InlineData("""{ "referralValidDays": 1, "priorAuthorizationAfterVisits": 0, "minAge": 0, "maxAge": 120, "copay": 0 }""")]
    [InlineData("""{ "effectiveTo": "2025-01-01", "lastVerified": "2026-11-26", "notes": null, "copay": 12.50 }""")]
    [InlineData("""{ "allowedProviderTypes": ["physicalTherapist", "chiropractor"], "coveredDiagnosisPrefixes": ["m54.5", "S13.4XXA"] }""")]
    public void Values_on_the_edges_of_each_range_are_accepted(string rule) =>
        Assert.Empty(CatalogFiles.Errors(CatalogFiles.OnePlan(ruleOverrides: rule)));

    [Theory]
    [InlineData("""{ "code": "Acme_PPO" }""", "code", "must be lowercase letters and digits joined by single hyphens, such as acme-ppo-gold")]
    [InlineData("""{ "code": "ab" }""", "code", "must be 3 to 80 characters")]
    [InlineData("""{ "code": "-acme-ppo" }""", "code", "must be lowercase letters and digits joined by single hyphens")]
    [InlineData("""{ "insurer": "" }""", "insurer", "is required")]
    [InlineData("""{ "name": null }""", "name", "is required")]
    [InlineData("""{ "planType": "medicare" }""", "planType", "must be private or medicareAdvantage, not 'medicare'")]
    [InlineData("""{ "networkType": "HMOs" }""", "networkType", "must be one of hmo, ppo, epo, pos, other, not 'HMOs'")]
    [InlineData("""{ "states": ["WA", "ZZ"] }""", "states[1]", "'ZZ' is not the two-letter code of a US state or DC")]
    [InlineData("""{ "rules": [null] }""", "rules[0]", "must be a rule object, not null")]
    [InlineData("""{ "name": "Evil\u0000 PPO" }""", "name", "the text holds a NUL character")]
    public void A_bad_plan_value_is_reported_at_its_path(string plan, string field, string message)
    {
        var error = Assert.Single(CatalogFiles.Errors(CatalogFiles.OnePlan(planOverrides: plan)));

        Assert.StartsWith($"$.plans[0].{field}: ", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_code_given_twice_is_reported_at_the_second()
    {
        var plan = System.Text.Json.Nodes.JsonNode.Parse(CatalogFiles.OnePlan())!["plans"]![0]!;
        var file = $$"""{ "plans": [ {{plan.ToJsonString()}}, {{plan.ToJsonString()}} ] }""";

        Assert.Equal(["$.plans[1].code: plan code 'test-ppo-silver' appears more than once in the file (first at $.plans[0])"],
            CatalogFiles.Errors(file));
    }

    [Fact]
    public void Overlapping_versions_are_reported_at_the_later_one_and_touching_ones_are_not()
    {
        var file = CatalogFiles.OnePlan(planOverrides: $$"""
            { "rules": [
                { "serviceCodes": ["97124"], "covered": true, "effectiveFrom": "2025-01-01", "effectiveTo": "2025-06-30", "source": "s" },
                { "serviceCodes": ["97124"], "covered": true, "effectiveFrom": "2025-07-01", "effectiveTo": "2025-12-31", "source": "s" },
                { "serviceCodes": ["97124"], "covered": true, "effectiveFrom": "2025-12-31", "source": "s" } ] }
            """);

        Assert.Equal(["$.plans[0].rules[2].effectiveFrom: overlaps rules[1] (2025-07-01 to 2025-12-31): versions of one owner must not share a day"],
            CatalogFiles.Errors(file));
    }

    [Fact]
    public void A_state_whose_form_is_unknown_may_not_have_rules()
    {
        var file = $$"""{ "medicaid": [ { "state": "TX", "coverageForm": "unknown", "rules": [{{CatalogFiles.ValidRule}}] } ] }""";

        Assert.Equal(["$.medicaid[0].rules: must be empty while coverageForm is unknown"], CatalogFiles.Errors(file));
    }

    [Fact]
    public void A_states_form_must_be_the_form_of_each_of_its_rule_versions()
    {
        var file = $$"""
            { "medicaid": [
                { "state": "CO", "coverageForm": "waiverOnly", "source": "s", "rules": [
                    { "serviceCodes": ["97124"], "covered": true, "pathway": "programEnrollment", "programName": "CIH waiver", "effectiveFrom": "2022-07-01", "effectiveTo": "2025-12-31", "source": "s" },
                    { "serviceCodes": ["97124"], "covered": true, "effectiveFrom": "2026-01-01", "source": "s" } ] },
                { "state": "TX", "coverageForm": "notCovered", "source": "s", "rule": { "serviceCodes": ["97124"], "covered": false, "effectiveFrom": "2025-01-01", "source": "s" } },
                { "state": "WA", "coverageForm": "withinTherapy", "source": "s", "rule": {{CatalogFiles.ValidRule}} } ] }
            """;

        Assert.Equal(
        [
            "$.medicaid[0].coverageForm: is waiverOnly (\"Only through a waiver program\"), but the rule version from 2026-01-01 to no end date is standalone (\"Covered as its own service\"): each rule version of a state must be of its coverage form (notCovered for a version that covers nothing, waiverOnly for programEnrollment, withinTherapy for withinTherapyPlanOfCare or sameDayTherapyAdjunct, standalone for standalone).",
            "$.medicaid[2].coverageForm: is withinTherapy (\"Only within physical or occupational therapy\"), but the rule version from 2025-01-01 to no end date is standalone (\"Covered as its own service\"): each rule version of a state must be of its coverage form (notCovered for a version that covers nothing, waiverOnly for programEnrollment, withinTherapy for withinTherapyPlanOfCare or sameDayTherapyAdjunct, standalone for standalone).",
        ], CatalogFiles.Errors(file));
    }

    [Fact]
    public void A_state_gives_either_rule_or_rules_and_a_known_form_needs_a_source()
    {
        var file = $$"""
            { "medicaid": [
                { "state": "TX", "coverageForm": "standalone", "source": "s", "rule": {{CatalogFiles.ValidRule}}, "rules": [] },
                { "state": "tx", "coverageForm": "standalone", "rule": {{CatalogFiles.ValidRule}} },
                { "state": "XX", "coverageForm": "sometimes" } ] }
            """;

        Assert.Equal(
        [
            "$.medicaid[0].rule: give either rule or rules, not both",
            "$.medicaid[1].source: is required unless coverageForm is unknown: the citation or URL the criteria come from",
            "$.medicaid[1].state: state 'TX' appears more than once in the file (first at $.medicaid[0])",
            "$.medicaid[2].state: 'XX' is not the two-letter code of a US state or DC",
            "$.medicaid[2].coverageForm: must be one of unknown, standalone, withinTherapy, waiverOnly, notCovered, not 'sometimes'",
        ], CatalogFiles.Errors(file));
    }

    [Theory]
    [InlineData("{}", "$: the file has neither a plans nor a medicaid array")]
    [InlineData("null", "$: the file must hold a JSON object with a plans or medicaid array, not null")]
    [InlineData("""{ "plans": [ { "code": "x" ] }""", "$.plans[0]: invalid JSON: ']' is invalid without a matching open (line 1, position 28)")]
    [InlineData("""{ "plans": [ { "cod": "abc" } ] }""", "$.plans[0].cod: invalid JSON: unknown property 'cod' (names are camelCase, as in the export)")]
    [InlineData("""{ "plans": [ { "Code": "abc" } ] }""", "$.plans[0].Code: invalid JSON: unknown property 'Code'")]
    [InlineData("""{ "plans": [ { "code": "abc", "code": "abd" } ] }""", "$.plans[0].code: invalid JSON: property 'code' appears twice in one object")]
    [InlineData("""{ "plans": [ { "rules": [ { "maxVisitsPerYear": "12" } ] } ] }""", "$.plans[0].rules[0].maxVisitsPerYear: invalid JSON: the value has the wrong type")]
    public void A_file_that_cannot_be_read_gets_one_error_with_its_path(string json, string expected)
    {
        var error = Assert.Single(CatalogFiles.Errors(json));

        Assert.StartsWith(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_names_the_line_and_position()
    {
        var error = Assert.Single(CatalogFiles.Errors("{\n  \"plans\": [\n    { \"code\": \"abc\" }\n    { \"code\": \"abd\" }\n  ]\n}"));

        Assert.Contains("(line 4, position 5)", error, StringComparison.Ordinal);
    }
}
