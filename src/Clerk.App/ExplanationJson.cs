using System.Globalization;
using Clerk.Rules.Explanation;

namespace Clerk.App;

/// <summary>How an explanation is written as JSON, the same for the command line and the API.</summary>
public static class ExplanationJson
{
    /// <summary>
    /// Explanation steps as JSON: each keeps its English <c>text</c> (what <c>steps</c> held before it gained
    /// structure) beside the data it was rendered from.
    /// </summary>
    public static IEnumerable<object> Steps(IEnumerable<ExplanationStep> steps) => steps.Select(s => new
    {
        kind = StepText.KindName(s.Kind),
        date = s.Date is { } date ? Iso(date) : null,
        time = s.Time?.ToString("HH:mm", CultureInfo.InvariantCulture),
        rule = s.Rule,
        citation = s.Citation,
        reason = s.Reason,
        days = s.Days,
        text = s.Text,
    });

    /// <summary>A day as JSON writes it: <c>2023-08-23</c>.</summary>
    internal static string Iso(NodaTime.LocalDate d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
