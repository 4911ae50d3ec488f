using Clerk.App.Cases;
using Clerk.Domain;
using Clerk.Store;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clerk.Web.Pages.Cases;

/// <summary>The list of cases.</summary>
public sealed class IndexModel(CaseReader cases) : PageModel
{
    public IReadOnlyList<Case> Cases { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Cases = (await cases.ListAsync(new CaseFilter(), ct)).Cases;
}
