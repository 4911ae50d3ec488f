namespace Clerk.Domain;

/// <summary>One dated happening in a matter's chronology, with the fact it comes from.</summary>
/// <param name="Date">When, as precisely as known; null when no source dates it.</param>
/// <param name="Kind">"entry", "filed", "motion", "ruling", "charge", "statement", "question".</param>
public sealed record ChronologyLine(PartialDate? Date, CaseId? Case, string Kind, string Text, FactRef Fact);

/// <summary>
/// Merges a matter's docket entries, motions and their rulings, charges and the steps of their
/// history, statements and open questions into one list in date order. Lines whose date is not
/// known come last, in the order of the matter.
/// </summary>
public static class Chronology
{
    public static IReadOnlyList<ChronologyLine> Of(Matter matter)
    {
        var lines = new List<ChronologyLine>();
        var captions = matter.Cases.ToDictionary(c => c.Id, c => c.Caption);
        var parties = matter.Parties.ToDictionary(p => p.Id, p => p.Name);
        var judges = matter.Judges.ToDictionary(j => j.Id, j => j.Name);
        string PartyName(PartyId id) => parties.GetValueOrDefault(id, id.Value);

        foreach (var i in matter.Incidents)
        {
            lines.Add(new(i.When, null, "incident", i.What, new(FactKind.Incident, i.Id.Value)));
        }

        foreach (var c in matter.Cases)
        {
            if (c.Filed is not null)
            {
                lines.Add(new(c.Filed, c.Id, "filed", $"Case filed: {c.Caption}", new(FactKind.Case, c.Id.Value)));
            }

            if (c.Terminated is not null)
            {
                lines.Add(new(c.Terminated, c.Id, "terminated", $"Case terminated: {c.Caption}", new(FactKind.Case, c.Id.Value)));
            }
        }

        foreach (var e in matter.Entries)
        {
            var number = e.Number is null ? "" : $"[{e.Number}] ";
            lines.Add(new(e.DateFiled is { } d ? PartialDate.OnDay(d) : null, e.Case, "entry", number + e.Description, FactRef.Of(e)));
        }

        foreach (var m in matter.Motions)
        {
            var fact = new FactRef(FactKind.Motion, m.Id.Value);
            var awaits = m.AwaitedCase is { } w ? $" (until {captions.GetValueOrDefault(w, w.Value)} ends)" : "";
            // An undated filing adds nothing when the ruling line already names the motion.
            if (m.Filed is not null || m.Ruling is null)
            {
                lines.Add(new(m.Filed, m.Case, "motion", $"{MotionName(m.Type)} by {PartyName(m.Movant)}: {m.Relief}{awaits}", fact));
            }

            if (m.Ruling is { } r)
            {
                var by = r.Judge is { } j ? $" by Judge {judges.GetValueOrDefault(j, j.Value)}" : "";
                lines.Add(new(r.Date, m.Case, "ruling", $"{MotionName(m.Type)} {Words(m.Status)}{by}{awaits}", fact));
            }
        }

        foreach (var c in matter.Charges)
        {
            var fact = new FactRef(FactKind.Charge, c.Id.Value);
            foreach (var step in c.History)
            {
                var detail = step.Detail is null ? "" : $": {step.Detail}";
                lines.Add(new(step.Date, c.Case, "charge", $"Charge {c.Description} {Words(step.Status)}{detail}", fact));
            }
        }

        foreach (var s in matter.Statements)
        {
            var behalf = s.OnBehalfOf is { } p ? $", for {PartyName(p)}" : "";
            lines.Add(new(s.Date, s.Case, "statement", $"{s.Speaker} ({Words(s.Role)}{behalf}): {s.Text}", new(FactKind.Statement, s.Id.Value)));
        }

        foreach (var q in matter.Questions)
        {
            lines.Add(new(q.AsOf, q.Case, "question", $"Open question: {q.Question}", new(FactKind.Question, q.Id.Value)));
        }

        // A stable sort keeps the matter's order among lines of the same date.
        return [.. lines.Select((line, index) => (line, index))
            .OrderBy(x => x.line.Date is null)
            .ThenBy(x => x.line.Date)
            .ThenBy(x => x.index)
            .Select(x => x.line)];
    }

    /// <summary>How a motion of a type is called: "Motion to dismiss", "Motion for summary judgment".</summary>
    public static string MotionName(MotionType type) => type switch
    {
        MotionType.Dismiss => "Motion to dismiss",
        MotionType.Stay => "Motion to stay",
        MotionType.Compel => "Motion to compel",
        MotionType.SummaryJudgment => "Motion for summary judgment",
        MotionType.Continuance => "Motion for a continuance",
        MotionType.Reconsideration => "Motion for reconsideration",
        MotionType.NewTrial => "Motion for a new trial",
        _ => "Motion",
    };

    /// <summary>An enum value in lower-case words: GrantedInPart is "granted in part".</summary>
    public static string Words<T>(T value)
        where T : struct, Enum => Split(value.ToString(), ' ');

    /// <summary>A PascalCase name in lower case, its words joined by <paramref name="separator"/>.</summary>
    public static string Split(string pascal, char separator)
    {
        var chars = new List<char>(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]))
            {
                chars.Add(separator);
            }

            chars.Add(char.ToLowerInvariant(pascal[i]));
        }

        return new string([.. chars]);
    }
}
