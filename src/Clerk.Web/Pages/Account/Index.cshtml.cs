using Clerk.App.Access;
using Clerk.App.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clerk.Web.Pages.Account;

/// <summary>The account page: personal API tokens and the calendar feed of all the user's cases, each secret shown once.</summary>
[Authorize]
public sealed class IndexModel(AccountService accounts, Viewer viewer) : PageModel
{
    public Viewer Viewer => viewer;

    public IReadOnlyList<TokenInfo> Tokens { get; private set; } = [];

    public bool HasAllCasesFeed { get; private set; }

    /// <summary>A secret just made, shown on this response only.</summary>
    public (string What, string Value)? Shown { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostTokenAsync(string? name, CancellationToken ct)
    {
        var token = await accounts.CreateTokenAsync(viewer, viewer.Name, name ?? "", ct);
        Shown = ("Your new API token", token);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeTokenAsync(string id, CancellationToken ct)
    {
        await accounts.RevokeTokenAsync(viewer, id, ct);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostFeedAsync(CancellationToken ct)
    {
        var secret = await accounts.CreateFeedAsync(viewer, null, ct);
        Shown = ("Your calendar feed's address", $"{Request.Scheme}://{Request.Host}/feeds/{secret}.ics");
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeFeedAsync(CancellationToken ct)
    {
        await accounts.RevokeFeedAsync(viewer, null, ct);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Tokens = await accounts.TokensAsync(viewer, ct);
        HasAllCasesFeed = (await accounts.FeedsAsync(viewer, ct)).Any(c => c is null);
    }
}
