using FluentValidation;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Catalog;
using MassageCoverage.Web.Features.Discrepancies;
using Microsoft.AspNetCore.Mvc;

namespace MassageCoverage.Web.Pages.Staff.Discrepancies;

/// <summary>
/// One report and its resolution. Resolving is audited; a report someone else resolved since this page was opened is
/// not overwritten: the page shows what they decided.
/// </summary>
public class ResolveModel(DiscrepancyReports reports, CatalogProvider catalogs) : StaffPageModel
{
    [BindProperty]
    public ResolveForm Form { get; set; } = new();

    public FormErrors Errors { get; } = new();

    public ReportView View { get; private set; } = null!;

    /// <summary>Set when someone else resolved the report first.</summary>
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await reports.FindAsync(id, cancellationToken) is not { } report)
        {
            return NotFound();
        }

        await ShowAsync(report, cancellationToken);
        Form.Version = report.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (await reports.FindAsync(id, cancellationToken) is not { } report)
        {
            return NotFound();
        }

        if (!Errors.AddAll(new ResolveForm.Validator().Validate(Form)))
        {
            await ShowAsync(report, cancellationToken);
            return Page();
        }

        var outcome = Enum.Parse<DiscrepancyOutcome>(Form.Outcome!);
        switch (await reports.ResolveAsync(id, Form.Version, outcome, Text.OrNull(Form.Note), User.Id(), cancellationToken))
        {
            case Resolution.AlreadyResolved(var current):
                Conflict = true;
                await ShowAsync(current, cancellationToken);
                return Page();
            case Resolution.NotFound:
                return NotFound();
            default:
                return RedirectToPage("Index");
        }
    }

    private async Task ShowAsync(DiscrepancyReport report, CancellationToken cancellationToken) =>
        View = ReportView.Of(report, await catalogs.GetAsync(cancellationToken), User.IsInRole(Roles.Admin));
}

/// <summary>What staff found: the outcome and a short note (needed when the outcome is "other").</summary>
public sealed class ResolveForm
{
    public string? Outcome { get; set; }
    public string? Note { get; set; }
    public uint Version { get; set; }

    public sealed class Validator : AbstractValidator<ResolveForm>
    {
        public Validator()
        {
            RuleFor(x => x.Outcome).Must(o => Enum.TryParse<DiscrepancyOutcome>(o, out var v) && Enum.IsDefined(v) && o == v.ToString())
                .WithMessage("Choose what you found.");
            RuleFor(x => x.Note).MaximumLength(DiscrepancyReport.NoteMaxLength)
                .WithMessage($"Keep the note to {DiscrepancyReport.NoteMaxLength} characters.");
            RuleFor(x => x.Note).Must(n => !string.IsNullOrWhiteSpace(n)).When(x => x.Outcome == nameof(DiscrepancyOutcome.Other))
                .WithMessage("Say in a few words what you found.");
        }
    }
}
