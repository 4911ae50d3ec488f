using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Clerk.App.Calendar;

/// <summary>
/// Writes deadlines as an iCalendar feed (RFC 5545): one all-day event per deadline on its due day,
/// named by <see cref="DatedDeadline.Uid"/>, with the rule, the trigger, the status and every step of
/// the explanation in its description, and a link to the case.
/// </summary>
public static class DeadlineFeed
{
    /// <param name="caseUrl">The case page's address, for the event's URL and description.</param>
    public static string Write(string name, IEnumerable<DatedDeadline> deadlines, Func<Domain.CaseId, Uri> caseUrl)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//Clerk//Deadlines//EN" };
        calendar.AddProperty("X-WR-CALNAME", name);
        foreach (var d in deadlines)
        {
            var due = d.Deadline.Deadline.Due;
            var url = caseUrl(d.Case.Id);
            calendar.Events.Add(new CalendarEvent
            {
                Uid = d.Uid,
                Summary = $"{d.Deadline.Rule.Name}: {d.Case.Caption}",
                Start = new CalDateTime(due.Year, due.Month, due.Day),
                End = new CalDateTime(due.PlusDays(1).Year, due.PlusDays(1).Month, due.PlusDays(1).Day),
                Description = Description(d, url),
                Url = url,
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static string Description(DatedDeadline d, Uri url)
    {
        var c = d.Deadline;
        var text = new StringBuilder();
        text.Append(c.Rule.Name).Append(" (").Append(c.Rule.Authority).AppendLine(")");
        text.Append("Case: ").Append(d.Case.Caption).Append(" [").Append(d.Case.Id.Value).AppendLine("]");
        text.Append("Triggered by: ").AppendLine(c.TriggerText);
        text.Append("Status: ").AppendLine(c.Status.ToString().ToLowerInvariant());
        text.AppendLine("How it was computed:");
        foreach (var step in c.Deadline.Explanation)
        {
            text.Append("- ").AppendLine(step.Text);
        }

        text.Append(url);
        return text.ToString();
    }
}
