using MassageCoverage.Web.Features.Accounts;
using MassageCoverage.Web.Features.Catalog.Format;
using Microsoft.AspNetCore.Mvc;

namespace MassageCoverage.Web.Pages.Staff.Catalog;

/// <summary>
/// Upload a catalog file: first a preview that lists every change (or every error with its JSON path), then Apply
/// beside it, all or nothing. The file is kept server-side with the preview (see <see cref="ImportPreviews"/>), so
/// Apply asks for nothing again and applies exactly what was shown, or refuses if the catalog changed meanwhile.
/// </summary>
public class ImportModel : StaffPageModel
{
    private const long MaxBytes = 5 * 1024 * 1024;

    [BindProperty] public Guid? PreviewId { get; set; }
    public IReadOnlyList<(string Path, string Message)> Errors { get; private set; } = [];
    public string? Counts { get; private set; }
    public IReadOnlyList<ImportOwnerChange> Changes { get; private set; } = [];
    public bool NothingChanged { get; private set; }
    public bool Applied { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        PreviewId = null;
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

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, cancellationToken);
        }

        var (result, id) = await Previews.PreviewAsync(content, User.Id(), StatesAllowed, cancellationToken);
        Show(result);
        PreviewId = id;
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(CancellationToken cancellationToken)
    {
        var result = PreviewId is { } id ? await Previews.ApplyAsync(id, User.Id(), StatesAllowed, cancellationToken) : null;
        PreviewId = null;
        if (result is null)
        {
            Errors = [("file", "This preview has expired or was already applied: upload the file again to preview it.")];
            return Page();
        }

        Show(result);
        Applied = result.Succeeded;
        return Page();
    }

    private ImportPreviews Previews => HttpContext.RequestServices.GetRequiredService<ImportPreviews>();

    /// <summary>Staff keep plans; Medicaid states are the admins'. An unchanged state list, as export writes it, is fine.</summary>
    private bool StatesAllowed => User.IsInRole(Roles.Admin);

    private void Show(ImportResult result)
    {
        Errors = [.. result.Errors.Select(e => (e.Path, e.Message))];
        Counts = result.Succeeded ? result.Counts.ToString() : null;
        Changes = result.Changes;
        NothingChanged = result.Succeeded && result.Counts.NothingChanged;
    }
}
