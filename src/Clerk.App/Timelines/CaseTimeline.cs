using Clerk.App.Cases;
using Clerk.Domain;
using Clerk.Rules.Cases;

namespace Clerk.App.Timelines;

/// <summary>
/// Which facts of a case go on its timeline, with which dates and in which lane: the case's filing and the incident,
/// docket entries, motions and their rulings, charges and each change of their status, statements, computed
/// deadlines, and each claim's limitation window up to its last day. Facts without a date are left off (the page
/// lists them elsewhere).
/// </summary>
public static class CaseTimeline
{
    /// <summary>The lanes of one case's page, top to bottom; lanes with nothing dated are left out.</summary>
    public static Timeline For(CaseDeadlineReport report, TimelineLayout? layout = null)
    {
        var items = Items(report.File.Matter, report.Case.Id, report.Deadlines, report.Limitations);
        var groups = new (string, TimelineItemKind[])[]
        {
            ("Case", [TimelineItemKind.Incident, TimelineItemKind.Filed]),
            ("Docket", [TimelineItemKind.Entry]),
            ("Motions", [TimelineItemKind.Motion, TimelineItemKind.Ruling]),
            ("Charges", [TimelineItemKind.Charge]),
            ("Statements", [TimelineItemKind.Statement]),
            ("Deadlines", [TimelineItemKind.Deadline]),
            ("Limitation", [TimelineItemKind.LimitationWindow]),
        };
        return (layout ?? TimelineLayout.Default).Build([.. groups
            .Select(g => (g.Item1, (IReadOnlyList<TimelineItem>)[.. items.Where(i => g.Item2.Contains(i.Kind))]))
            .Where(g => g.Item2.Count > 0)]);
    }

    /// <summary>
    /// An incident's cases side by side: the incident on a lane of its own, then one lane per case (in the order
    /// given) holding everything of that case.
    /// </summary>
    public static Timeline ForIncident(Incident incident, IReadOnlyList<CaseDeadlineReport> cases, TimelineLayout? layout = null)
    {
        var groups = new List<(string, IReadOnlyList<TimelineItem>)>();
        var sources = SourcesOf(cases.Count > 0 ? cases[0].File.Matter : new Matter());
        var fact = new FactRef(FactKind.Incident, incident.Id.Value);
        groups.Add(("Incident", incident.When is { } when
            ? [Item(TimelineItemKind.Incident, when, "Incident", incident.What, fact, null, sources)]
            : []));
        foreach (var report in cases)
        {
            groups.Add((report.Case.Caption, [.. Items(report.File.Matter, report.Case.Id, report.Deadlines, report.Limitations)
                .Where(i => i.Kind != TimelineItemKind.Incident)]));
        }

        return (layout ?? TimelineLayout.Default).Build(groups);
    }

    private static List<TimelineItem> Items(Matter matter, CaseId id, IReadOnlyList<CaseDeadline> deadlines, IReadOnlyList<ClaimLimitation> limitations)
    {
        var sources = SourcesOf(matter);
        var parties = matter.Parties.ToDictionary(p => p.Id, p => p.Name);
        var judges = matter.Judges.ToDictionary(j => j.Id, j => j.Name);
        var items = new List<TimelineItem>();
        void Add(TimelineItemKind kind, PartialDate? date, string label, string text, FactRef fact)
        {
            if (date is { } d)
            {
                items.Add(Item(kind, d, label, text, fact, id, sources));
            }
        }

        var theCase = matter.Cases.Single(c => c.Id == id);
        var caseFact = new FactRef(FactKind.Case, id.Value);
        foreach (var ci in matter.CaseIncidents.Where(ci => ci.Case == id))
        {
            if (matter.Incidents.FirstOrDefault(i => i.Id == ci.Incident) is { } incident)
            {
                Add(TimelineItemKind.Incident, incident.When, "Incident", incident.What, new FactRef(FactKind.Incident, incident.Id.Value));
            }
        }

        Add(TimelineItemKind.Filed, theCase.Filed, "Filed", $"Case filed: {theCase.Caption}", caseFact);
        Add(TimelineItemKind.Filed, theCase.Terminated, "Terminated", $"Case terminated: {theCase.Caption}", caseFact);
        foreach (var e in matter.Entries.Where(e => e.Case == id))
        {
            var name = e.Number is null ? "" : $"[{e.Number}] ";
            Add(TimelineItemKind.Entry, e.DateFiled is { } d ? PartialDate.OnDay(d) : null, name + e.Description, name + e.Description, FactRef.Of(e));
        }

        foreach (var m in matter.Motions.Where(m => m.Case == id))
        {
            var fact = new FactRef(FactKind.Motion, m.Id.Value);
            var name = Chronology.MotionName(m.Type);
            var movant = parties.GetValueOrDefault(m.Movant, m.Movant.Value);
            Add(TimelineItemKind.Motion, m.Filed, $"{name} filed", $"{name} by {movant}: {m.Relief}", fact);
            if (m.Ruling is { } r)
            {
                var by = r.Judge is { } j ? $" by Judge {judges.GetValueOrDefault(j, j.Value)}" : "";
                Add(TimelineItemKind.Ruling, r.Date, $"{name} {Chronology.Words(m.Status)}", $"{name} (by {movant}) {Chronology.Words(m.Status)}{by}: {m.Relief}", fact);
            }
        }

        foreach (var c in matter.Charges.Where(c => c.Case == id))
        {
            var fact = new FactRef(FactKind.Charge, c.Id.Value);
            foreach (var step in c.History)
            {
                var detail = step.Detail is null ? "" : $": {step.Detail}";
                Add(TimelineItemKind.Charge, step.Date, $"Charge {Chronology.Words(step.Status)}", $"{c.Description}: {Chronology.Words(step.Status)}{detail}", fact);
            }
        }

        foreach (var s in matter.Statements.Where(s => s.Case == id))
        {
            Add(TimelineItemKind.Statement, s.Date, $"{s.Speaker}: {s.Text}", $"{s.Speaker}: {s.Text}", new FactRef(FactKind.Statement, s.Id.Value));
        }

        foreach (var d in deadlines)
        {
            Add(TimelineItemKind.Deadline, d.Deadline.Due, $"Due: {d.Rule.Name}", $"{d.Rule.Name} ({d.Rule.Authority}), {Chronology.Words(d.Status)}; after {d.TriggerText}", d.Trigger);
        }

        foreach (var l in limitations)
        {
            if (l.Claim.Accrued is not { } accrued)
            {
                continue;
            }

            var fact = new FactRef(FactKind.Claim, l.Claim.Id.Value);
            var last = ExplanationJson.Iso(l.Check.LastDay);
            items.Add(new TimelineItem(TimelineItemKind.LimitationWindow, accrued.Earliest, l.Check.LastDay, $"{accrued} to {last}",
                $"Last day to sue: {last}", $"{l.Claim.CauseOfAction}: {l.Check.Statute}, from {accrued} to the last day {last}", fact, id, sources.GetValueOrDefault(fact)));
        }

        return items;
    }

    private static TimelineItem Item(TimelineItemKind kind, PartialDate date, string label, string text, FactRef fact, CaseId? @case, Dictionary<FactRef, SourceId> sources) =>
        new(kind, date.Earliest, date.Latest, date.ToString(), label, text, fact, @case, sources.TryGetValue(fact, out var s) ? s : null);

    private static Dictionary<FactRef, SourceId> SourcesOf(Matter matter)
    {
        var first = new Dictionary<FactRef, SourceId>();
        foreach (var c in matter.Citations)
        {
            first.TryAdd(c.Fact, c.Source);
        }

        return first;
    }
}
