namespace MassageCoverage.Web.Features.SelfPay;

/// <summary>
/// Where a patient learns how to dispute a bill against a Good Faith Estimate [CMS, "Medical bill disagreements if
/// you're uninsured"; the CMS model Good Faith Estimate notice; docs/domain.md section 5b].
/// </summary>
public static class NoSurprisesHelp
{
    public const string Website = "www.cms.gov/nosurprises/consumers";
    public const string WebsiteUrl = "https://" + Website;
    public const string Phone = "1-800-985-3059";
}
