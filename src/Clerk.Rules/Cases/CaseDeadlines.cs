using Clerk.Domain;
using NodaTime;

namespace Clerk.Rules.Cases;

/// <summary>
/// Derives a case's deadlines from its events, computed afresh from the facts each time (so a
/// moved trigger date moves its deadlines): a motion filed starts the time to respond, the denial
/// of a motion to dismiss starts the time to answer, a judgment starts the times for post-judgment
/// motions and appeal, a civil complaint filed starts the time to serve it. Only exactly dated
/// events start deadlines; a date known only to the month starts none rather than a guessed one.
/// </summary>
public static class CaseDeadlines
{
    // Docket text that meets a deadline of each catalogue rule (upper case; matched anywhere in the entry).
    private static readonly Dictionary<string, string[]> MetByText = new(StringComparer.Ordinal)
    {
        ["response-to-motion"] = ["RESPONSE", "OPPOSITION"],
        ["reply-to-response"] = ["REPLY"],
        ["answer-after-motion-denied"] = ["ANSWER"],
        ["answer-complaint"] = ["ANSWER"],
        ["serve-summons"] = ["SUMMONS RETURNED EXECUTED", "WAIVER OF SERVICE", "RETURN OF SERVICE"],
        ["notice-of-appeal"] = ["NOTICE OF APPEAL"],
        ["new-trial-motion"] = ["NEW TRIAL"],
        ["alter-amend-judgment"] = ["ALTER OR AMEND", "ALTER AND AMEND", "AMEND JUDGMENT"],
        ["renewed-judgment-as-matter-of-law"] = ["JUDGMENT AS A MATTER OF LAW"],
    };

    /// <summary>The deadlines of case <paramref name="id"/> in <paramref name="matter"/>, by due date.</summary>
    /// <param name="ruleSetId">The rule set of the case's court; none are derived without one.</param>
    /// <param name="today">The court's today, which decides open against missed.</param>
    public static IReadOnlyList<CaseDeadline> For(Matter matter, CaseId id, RuleBook rules, string? ruleSetId, LocalDate today)
    {
        var theCase = matter.Cases.FirstOrDefault(c => c.Id == id);
        if (theCase is null || ruleSetId is null)
        {
            return [];
        }

        var entries = matter.Entries.Where(e => e.Case == id).OrderBy(e => e.Sequence).ToList();
        var result = new List<CaseDeadline>();
        void Derive(string triggerEvent, LocalDate trigger, FactRef fact, string text)
        {
            foreach (var rule in rules.Catalogue(ruleSetId).Where(r => r.TriggerEvent == triggerEvent && r.IsInForceOn(trigger)))
            {
                // Rules for the United States as a party need to know who the parties are; Clerk does not guess.
                if (rule.Id.Contains("united-states", StringComparison.Ordinal))
                {
                    continue;
                }

                var deadline = rules.ComputeDeadline(new DeadlineRequest(ruleSetId, trigger, rule.Count, rule.Unit, rule.Direction));
                var (status, metBy) = Status(rule, trigger, deadline.Due, entries, today);
                result.Add(new CaseDeadline(id, rule, fact, text, deadline, status, metBy));
            }
        }

        if (theCase.Kind == CaseKind.Civil && theCase.Filed is { IsExact: true } filed)
        {
            Derive("complaint-filed", filed.Earliest, new FactRef(FactKind.Case, id.Value), "complaint filed");
        }

        foreach (var m in matter.Motions.Where(m => m.Case == id))
        {
            var fact = new FactRef(FactKind.Motion, m.Id.Value);
            if (m.Filed is { IsExact: true } f)
            {
                Derive("motion-served", f.Earliest, fact, $"{Chronology.MotionName(m.Type)} filed (served on filing)");
            }

            if (m is { Type: MotionType.Dismiss, Status: MotionStatus.Denied, Ruling.Date.IsExact: true })
            {
                Derive("notice-of-court-action", m.Ruling.Date.Earliest, fact, $"{Chronology.MotionName(m.Type)} denied (notice on the day of the ruling)");
            }
        }

        foreach (var e in entries.Where(IsJudgment))
        {
            if ((e.DateEntered ?? e.DateFiled) is { } entered)
            {
                Derive("judgment-entered", entered, FactRef.Of(e), $"judgment entered (docket entry {e.Number ?? "#" + e.Sequence})");
            }
        }

        return [.. result.OrderBy(d => d.Deadline.Due).ThenBy(d => d.Rule.Id, StringComparer.Ordinal)];
    }

    private static bool IsJudgment(DocketEntry e)
    {
        var text = e.Description.TrimStart();
        return text.StartsWith("JUDGMENT", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("FINAL JUDGMENT", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("CLERK'S JUDGMENT", StringComparison.OrdinalIgnoreCase);
    }

    private static (DeadlineStatus, DocketEntry?) Status(CatalogueRule rule, LocalDate trigger, LocalDate due, List<DocketEntry> entries, LocalDate today)
    {
        if (entries.Count == 0)
        {
            return (DeadlineStatus.Unknown, null);
        }

        var texts = MetByText.GetValueOrDefault(rule.Id, []);
        var met = entries.FirstOrDefault(e => e.DateFiled is { } d && d > trigger && d <= due
            && texts.Any(t => e.Description.Contains(t, StringComparison.OrdinalIgnoreCase)));
        if (met is not null)
        {
            return (DeadlineStatus.Met, met);
        }

        return (due < today ? DeadlineStatus.Missed : DeadlineStatus.Open, null);
    }
}
