using MassageCoverage.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MassageCoverage.Web.Pages.Account;

/// <summary>Sign-out is a POST (a link could be triggered by another site); the page itself confirms it.</summary>
public class SignOutModel(SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Idle { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage(new { idle = Idle ? true : (bool?)null });
    }
}
