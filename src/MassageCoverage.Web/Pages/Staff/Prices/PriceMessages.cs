using MassageCoverage.Web.Features.SelfPay;

namespace MassageCoverage.Web.Pages.Staff.Prices;

internal static class PriceMessages
{
    public static string Taken(PriceInput input) =>
        $"{input.CptCode} {(input.Minutes is { } m ? $"at {m} minutes" : "per visit")} already has a price: edit that one instead.";

    public const string Gone = "This price was deleted by someone else since you opened it: nothing was saved.";
}
