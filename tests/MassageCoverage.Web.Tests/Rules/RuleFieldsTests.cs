using MassageCoverage.Web.Features.Catalog.Format;
using MassageCoverage.Web.Features.Catalog.Editing;

namespace MassageCoverage.Web.Tests.Rules;

/// <summary>The one description of the editor's fields holds together: each names a form property and every term is asked.</summary>
public class RuleFieldsTests
{
    [Fact]
    public void Every_described_field_is_a_form_property_of_the_type_its_kind_reads()
    {
        foreach (var field in RuleForm.Fields.Values.Where(f => f.Kind != RuleFieldKind.Parts))
        {
            var type = typeof(RuleForm).GetProperty(field.Name)?.PropertyType;
            var expected = field.Kind switch
            {
                RuleFieldKind.Check => typeof(bool),
                RuleFieldKind.Checklist => typeof(List<string>),
                _ => typeof(string),
            };
            Assert.True(type == expected, $"{field.Name}: {type?.Name ?? "no property"}, expected {expected.Name}");
        }
    }

    [Fact]
    public void Every_term_of_the_format_is_asked_by_the_editor()
    {
        var terms = typeof(RuleDocument).GetProperties().Select(p => p.Name);
        var asked = RuleForm.Fields.Keys.ToHashSet();
        // One choice (never / always / after N visits) asks RequiresPriorAuthorization; its nested field the visits.
        if (asked.Contains(RuleForm.PriorAuthorizationField))
        {
            asked.Add(nameof(RuleDocument.RequiresPriorAuthorization));
        }

        Assert.Empty(terms.Except(asked));
    }

    [Fact]
    public void A_range_declared_by_the_format_is_the_hint_of_its_field()
    {
        Assert.Equal("1 to 480 minutes; blank: any length.", RuleForm.Fields["MaxMinutesPerVisit"].Hint);
        Assert.Equal("must be between 1 and 480 minutes", WholeRangeAttribute.Of("MaxMinutesPerVisit")!.Message);
    }
}
