using System.Globalization;
using Clerk.App.Calendar;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using NodaTime.Text;

namespace Clerk.Web.Pages.Calendar;

/// <summary>The deadline calendar: one month of every visible case's deadlines, overdue and due-this-week marked.</summary>
public sealed class IndexModel(DeadlineCalendar calendar, IClock clock) : PageModel
{
    /// <summary>The month asked for, as YYYY-MM; the current month when absent.</summary>
    [BindProperty(SupportsGet = true)] public string? Month { get; set; }

    public CalendarMonth View { get; private set; } = null!;

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        YearMonth? month = null;
        if (!string.IsNullOrWhiteSpace(Month))
        {
            var parsed = YearMonthPattern.Iso.Parse(Month.Trim());
            if (!parsed.Success)
            {
                Problem = $"\"{Month}\" is not a month: expected YYYY-MM, e.g. 2024-10";
            }
            else
            {
                month = parsed.Value;
            }
        }

        View = await CalendarMonth.OfAsync(calendar, month, clock, ct);
        return Problem is null ? Page() : BadRequestPage();
    }

    public static string Iso(YearMonth m) => YearMonthPattern.Iso.Format(m);

    public static string Title(YearMonth m) => m.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    private PageResult BadRequestPage()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
