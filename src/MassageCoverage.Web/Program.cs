using MassageCoverage.Web;
using MassageCoverage.Web.Api;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Catalog;
using MassageCoverage.Web.Features.Catalog.Format;
using MassageCoverage.Web.Features.FollowThrough;
using MassageCoverage.Web.Features.Language;
using MassageCoverage.Web.Features.SelfPay;
using MassageCoverage.Web.Hosting;
using MassageCoverage.Web.Hosting.Cli;
using MassageCoverage.Web.Hosting.Health;
using MassageCoverage.Web.Hosting.Logging;
using MassageCoverage.Web.Hosting.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddAppLogging();

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<ClinicClock>();
builder.Services.AddAppDatabase();
builder.Services.AddAccounts(builder.Configuration, builder.Environment);
builder.Services.AddKeyProtection(builder.Configuration, builder.Environment);
builder.Services.AddScoped<AccountSeeder>();
builder.Services.AddScoped<AccountDeletion>();
builder.Services.AddScoped<MassageCoverage.Web.Features.Catalog.Editing.StateEditor>();
builder.Services.AddScoped<MassageCoverage.Web.Features.Accounts.UserAdministration>();
builder.Services.AddScoped<MassageCoverage.Web.Features.Catalog.Editing.RuleOwners>();
builder.Services.AddScoped<MassageCoverage.Web.Features.Catalog.Editing.StateHistory>();
builder.Services.AddScoped<MassageCoverage.Web.Features.Catalog.Editing.RuleVersionStore>();
builder.Services.AddScoped<MassageCoverage.Web.Features.Audit.AuditTrail>();
builder.Services.AddScoped<MassageCoverage.Web.Features.Audit.AuditReader>();
builder.Services.AddScoped<MassageCoverage.Web.Features.Records.PatientClock>();
builder.Services.AddSingleton<CatalogProvider>();
builder.Services.AddScoped<CatalogWriter>();
builder.Services.AddHostedService<CatalogRefresher>();
builder.Services.AddCatalogImport();
builder.Services.AddCoverageApi();
builder.Services.AddAppHealthChecks();
builder.Services.AddSnapshotPageCache();
builder.Services.AddLanguages();
builder.Services.AddSingleton<MassageCoverage.Web.Features.Check.CoverageChecker>();
builder.Services.AddSingleton<MassageCoverage.Web.Features.Check.CheckService>();
builder.Services.AddScoped<MassageCoverage.Web.Features.Records.SavedCheckStore>();
builder.Services.AddScoped<MassageCoverage.Web.Features.Appeals.DenialRecords>();
builder.Services.AddScoped<MassageCoverage.Web.Features.FollowThrough.DueList>();
builder.Services.AddScoped<MassageCoverage.Web.Features.FollowThrough.ReminderRun>();
builder.Services.AddHostedService<MassageCoverage.Web.Features.FollowThrough.ReminderWorker>();
builder.Services.AddScoped<MassageCoverage.Web.Features.Discrepancies.DiscrepancyReports>();
builder.Services.AddScoped<MassageCoverage.Web.Features.Discrepancies.CheckDiscrepancies>();
builder.Services.AddScoped<MassageCoverage.Web.Features.Consoles.ConsoleWork>();
builder.Services.AddScoped<MassageCoverage.Web.Pages.Account.Calls.CallAboutLoader>();
builder.Services.AddScoped<MassageCoverage.Web.Features.Records.PatientExport>();
builder.Services.AddSelfPay();
builder.Services.AddRazorPages(options =>
{
    options.Conventions.AddPageRoute("/Staff/Plans/Edit", "staff/plans/new");
    options.Conventions.AddPageRoute("/Staff/Plans/RuleEdit", "staff/plans/{code}/rules/new");
    options.Conventions.AddPageRoute("/Admin/States/RuleEdit", "admin/medicaid/{state}/rules/new");

    // Behind each page's own [Authorize]: a page added to these folders without one is still guarded.
    options.Conventions.AuthorizeFolder("/Staff", MassageCoverage.Web.Features.Accounts.Policies.Staff);
    options.Conventions.AuthorizeFolder("/Admin", MassageCoverage.Web.Features.Accounts.Policies.Admin);
}).AddMvcOptions(options => options.UseLanguagesInModelBinding());

// Disposed on every way out (a command, a failed start, the end of serving): disposing it flushes the log lines the
// asynchronous console sink still holds.
await using var app = builder.Build();
// A clinic time zone this machine does not know stops the app here, with its name, rather than on the first check.
_ = app.Services.GetRequiredService<ClinicClock>();
// So does a broken findings file (docs/data/medicaid-findings.json), with every problem in it named.
_ = MassageCoverage.Web.Features.Catalog.MedicaidFindings.StateCount;
// And the appeal deadlines (docs/data/appeal-deadlines.json).
_ = MassageCoverage.Web.Features.Appeals.AppealDeadlineFile.Deadlines;

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(app, args);
}

await app.MigrateOnStartupAsync();

app.UseAppRequestLogging();
// Errors render our own pages in every environment: a stack trace belongs in the log, never on a page.
app.UseExceptionHandler("/error");
app.UseStatusCodePagesWithReExecute("/error/{0}");
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
    app.UseHttpsRedirection();
}

app.UseSecurityHeaders();
app.UseLanguages();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseUnreadableRequestRefusal();
// After authentication: what a signed-in person sees is never served from, or stored in, the page cache.
app.UseOutputCache();

app.MapAppHealthChecks();
app.MapLanguages();
app.MapDueCalendar();
app.MapCoverageApi();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
