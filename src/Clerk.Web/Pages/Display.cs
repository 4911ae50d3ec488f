using Clerk.App.Timelines;
using Clerk.Domain;
using Clerk.Rules.Cases;
using NodaTime;

namespace Clerk.Web.Pages;

/// <summary>How the pages name things: words for enum values, CSS classes for statuses, links for facts.</summary>
public static class Display
{
    /// <summary>An enum value in lower-case words ("granted in part").</summary>
    public static string Words<T>(T value)
        where T : struct, Enum => Chronology.Words(value);

    /// <summary>A CSS class for an enum value ("granted-in-part").</summary>
    public static string Class<T>(T value)
        where T : struct, Enum => Chronology.Split(value.ToString(), '-');

    /// <summary>An enum's values as forms and files write them (granted-in-part), each with its words, for a choice.</summary>
    public static IEnumerable<(string Value, string Text)> Choices<T>()
        where T : struct, Enum => Enum.GetValues<T>().Select(v => (Clerk.Store.MatterFiles.Kebab.Name(v), Words(v)));

    public static string Day(LocalDate date) => PartialDate.OnDay(date).ToString();

    public static string Day(LocalDate? date) => date is { } d ? Day(d) : "";

    public static string Date(PartialDate? date) => date?.ToString() ?? "not recorded";

    /// <summary>The id an entry's row has on its case page, so links can point at it.</summary>
    public static string Anchor(FactRef fact) => fact.Kind switch
    {
        FactKind.DocketEntry => "entry-" + fact.Key[(fact.Key.IndexOf('#', StringComparison.Ordinal) + 1)..],
        _ => Chronology.Split(fact.Kind.ToString(), '-') + "-" + fact.Key,
    };

    /// <summary>Where a timeline item links: the source it cites, or its own row on the case page.</summary>
    public static string Href(TimelineItem item) =>
        item.Source is { } s ? SourceUrl(s) : (item.Case is { } c ? CaseUrl(c) : "") + "#" + Anchor(item.Fact);

    /// <summary>A search hit's snippet as HTML: its text escaped, what matched in <c>&lt;mark&gt;</c>.</summary>
    public static Microsoft.AspNetCore.Html.IHtmlContent Highlighted(Clerk.Store.Search.Snippet snippet)
    {
        var html = new Microsoft.AspNetCore.Html.HtmlContentBuilder();
        var at = 0;
        foreach (var h in snippet.Highlights.Where(h => h.Start >= 0 && h.Start + h.Length <= snippet.Text.Length).OrderBy(h => h.Start))
        {
            if (h.Start < at)
            {
                continue;
            }

            html.Append(snippet.Text[at..h.Start]).AppendHtml("<mark>").Append(snippet.Text.Substring(h.Start, h.Length)).AppendHtml("</mark>");
            at = h.Start + h.Length;
        }

        return html.Append(snippet.Text[at..]);
    }

    public static string CaseUrl(CaseId id) => "/cases/" + Uri.EscapeDataString(id.Value);

    public static string SourceUrl(SourceId id) => "/sources/" + Uri.EscapeDataString(id.Value);

    /// <summary>The form that adds a record of a kind to the case (<paramref name="key"/> null) or changes one.</summary>
    public static string EditUrl(CaseId id, string kind, string? key = null) =>
        CaseUrl(id) + "/edit/" + kind + (key is null ? "" : "/" + Uri.EscapeDataString(key));

    /// <summary>The form that changes the case's own fields.</summary>
    public static string CaseEditUrl(CaseId id) => CaseUrl(id) + "/edit";

    /// <summary>Every change to the case's records, or (with a kind and key) to one record.</summary>
    public static string HistoryUrl(CaseId id, string? kind = null, string? key = null) =>
        CaseUrl(id) + "/history" + (kind is null || key is null ? "" : "/" + kind + "/" + Uri.EscapeDataString(key));

    /// <summary>The form that adds a source (<paramref name="id"/> null) or changes one.</summary>
    public static string SourceEditUrl(SourceId? id = null) => "/edit/source" + (id is { } s ? "/" + Uri.EscapeDataString(s.Value) : "");

    public static string IncidentUrl(IncidentId id) => "/incidents/" + Uri.EscapeDataString(id.Value);

    /// <summary>"Met", "Missed", … with the class the stylesheet colours.</summary>
    public static string DeadlineClass(DeadlineStatus status) => Class(status);

    /// <summary>A limitation check's answer in words: timely by how much, late by how much, or open.</summary>
    public static string Verdict(ClaimLimitation l)
    {
        var c = l.Check;
        if (c.Timely is null)
        {
            return l.Filed is null ? "no filing date recorded" : "cannot tell: the filing date is too vague";
        }

        var min = Math.Abs(c.MarginDaysMin ?? 0);
        var max = Math.Abs(c.MarginDaysMax ?? 0);
        var days = min == max ? $"{min} days" : $"{min} to {max} days";
        return c.Timely == true ? $"timely, with {days} to spare" : $"late by {days}";
    }
}
