namespace MassageCoverage.Core.Eligibility;

/// <summary>
/// An NM1 segment: who a loop is about. For a member it is health information (docs/x12-271.md section 5): show it to
/// the member and their clinic, never log it.
/// </summary>
/// <param name="EntityCode">NM101: PR payer, 1P provider, IL subscriber, 03 dependent, P3 primary care provider.</param>
/// <param name="Name">NM103: a person's last name or an organisation's name.</param>
/// <param name="FirstName">NM104.</param>
/// <param name="MiddleName">NM105.</param>
/// <param name="IdQualifier">NM108: PI payer id, XV CMS plan id, XX NPI, MI member id.</param>
/// <param name="Id">NM109.</param>
public sealed record EntityName(string EntityCode, string? Name, string? FirstName, string? MiddleName, string? IdQualifier, string? Id);
