using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Catalog.Format;
using Microsoft.AspNetCore.Mvc;

namespace MassageCoverage.Web.Pages.Staff.Catalog;

/// <summary>
/// Upload a catalog file: first a preview of what would change and every error with its JSON path, then apply,
/// all or nothing. The previewed text travels back in the form, so what is applied is exactly what was previewed.
/// </summary>
public class ImportModel : StaffPageModel
{
    private const long MaxBytes = 5 * 1024 * 1024;

    [BindProperty] public string? Json { get; set; }
    public IReadOnlyList<(string Path, string Message)> Errors { get; private set; } = [];
    public string? Changes { get; private set; }
    public bool NothingChanged { get; private set; }
    public bool Applied { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            Errors = [("file", "Choose a catalog file (JSON) to upload.")];
            return Page();
        }

        if (file.Length > MaxBytes)
        {
            Errors = [("file", "The file is larger than 5 MB.")];
            return Page();
        }

        using var reader = new StreamReader(file.OpenReadStream());
        Json = await reader.ReadToEndAsync(cancellationToken);
        await RunAsync(preview: true, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(CancellationToken cancellationToken)
    {
        await RunAsync(preview: false, cancellationToken);
        Applied = Errors.Count == 0;
        return Page();
    }

    private async Task RunAsync(bool preview, CancellationToken cancellationToken)
    {
        var importer = HttpContext.RequestServices.GetRequiredService<CatalogImporter>();
        var json = Json ?? "";
        var result = await importer.PreviewAsync(json, User.Id(), cancellationToken);
        if (result.Succeeded && result.Counts.StateCodes.Count > 0 && !User.IsInRole(Roles.Admin))
        {
            // Staff keep plans; Medicaid states are the admins'. An unchanged state list, as export writes it, is fine.
            Errors = [("$.medicaid", $"would change Medicaid states ({string.Join(", ", result.Counts.StateCodes)}), which only an admin may do: remove them from the file or ask an admin")];
            return;
        }

        if (!preview && result.Succeeded)
        {
            result = await importer.ImportAsync(json, User.Id(), cancellationToken);
        }

        Errors = [.. result.Errors.Select(e => (e.Path, e.Message))];
        Changes = result.Succeeded ? result.Counts.ToString() : null;
        NothingChanged = result.Succeeded && result.Counts.NothingChanged;
    }
}
