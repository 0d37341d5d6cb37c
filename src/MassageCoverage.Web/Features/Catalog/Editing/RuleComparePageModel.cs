using MassageCoverage.Web.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageCoverage.Web.Features.Catalog.Editing;

/// <summary>Two versions of one owner's rule side by side, each differing field marked in words as well as style.</summary>
public abstract class RuleComparePageModel : PageModel
{
    public RuleOwner Owner { get; private set; } = null!;
    public RuleVersion A { get; private set; } = null!;
    public RuleVersion B { get; private set; } = null!;
    public IReadOnlyList<FieldComparison> Fields { get; private set; } = [];

    protected abstract Task<RuleOwner?> LoadOwnerAsync(CancellationToken cancellationToken);

    public async Task<IActionResult> OnGetAsync(long a, long b, CancellationToken cancellationToken)
    {
        var owner = await LoadOwnerAsync(cancellationToken);
        if (owner?.Rules.SingleOrDefault(r => r.Id == a) is not { } first || owner.Rules.SingleOrDefault(r => r.Id == b) is not { } second)
        {
            return NotFound();
        }

        (Owner, A, B) = (owner, first, second);
        Fields = RuleComparison.Compare(first, second);
        return Page();
    }
}
