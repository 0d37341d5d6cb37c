using System.Globalization;
using MassageCoverage.Testing;
using MassageCoverage.Web.Tests.Pages.Staff;

namespace MassageCoverage.Web.Tests;

/// <summary>The answers of the self-pay forms (the clinic's details, a Good Faith Estimate), as a person types them.</summary>
internal static class SelfPayForms
{
    public static Dictionary<string, string> Clinic(string name) => new()
    {
        ["Form.ProviderName"] = name, ["Form.Npi"] = "1234567893", ["Form.Tin"] = "123456789",
        ["Form.AddressLine1"] = "12 Harbor Street", ["Form.AddressLine2"] = "Suite 4", ["Form.City"] = "Austin",
        ["Form.State"] = "tx", ["Form.PostalCode"] = "78701", ["Form.Phone"] = "(512) 555-0123",
    };

    /// <summary>Saves the clinic's details through the staff page, as a staff member does.</summary>
    public static async Task SaveClinicAsync(AppFactory factory, string name)
    {
        var staff = await StaffSession.SignInAsync(factory);
        var page = await staff.SubmitAsync("/staff/clinic", Clinic(name));
        Assert.NotNull(page.QuerySelector("#saved"));
    }

    /// <summary>Four visits of 97124 at <paramref name="minutes"/>, the first ten days from now.</summary>
    public static Dictionary<string, string> Estimate(string minutes) => new()
    {
        ["Form.Name"] = "Rosalind Quintanilla-Oyelaran", ["Form.BirthDate"] = "1980-04-02", ["Form.Service"] = "97124",
        ["Form.Minutes"] = minutes, ["Form.Visits"] = "4", ["Form.Diagnosis"] = "m5450, M62.830",
        ["Form.ScheduledOn"] = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
