using Clerk.Domain;

namespace Clerk.Store.Rows;

/// <summary>
/// Turns a matter's citations into rows with typed references. The fact a citation names is found
/// among the matter's own facts, whose parts are known, so no composed key is ever split.
/// </summary>
internal static class CitationRows
{
    /// <summary>The rows for <paramref name="matter"/>'s citations: those of docket entries in their own table, the others.</summary>
    /// <exception cref="InvalidOperationException">A citation names a fact that is not in the matter.</exception>
    public static (List<CitationRow> Rows, List<EntryCitationRow> EntryRows) Of(Matter matter)
    {
        var facts = Templates(matter);
        Dictionary<FactRef, DocketEntry>? entries = null;
        var rows = new List<CitationRow>();
        var entryRows = new List<EntryCitationRow>();
        foreach (var c in matter.Citations)
        {
            if (c.Fact.Kind == FactKind.DocketEntry)
            {
                entries ??= matter.Entries.DistinctBy(FactRef.Of).ToDictionary(FactRef.Of);
                if (!entries.TryGetValue(c.Fact, out var entry))
                {
                    throw new InvalidOperationException($"citation of {c.Fact} by {c.Source}: the fact is not in the matter being stored");
                }

                entryRows.Add(EntryCitationRow.Of(entry, c));
                continue;
            }

            if (!facts.TryGetValue(c.Fact, out var template))
            {
                throw new InvalidOperationException($"citation of {c.Fact} by {c.Source}: the fact is not in the matter being stored");
            }

            rows.Add(template with { Source = c.Source, Detail = c.Detail });
        }

        return (rows, entryRows);
    }

    /// <summary>A row naming <paramref name="fact"/> (source and detail still to fill in).</summary>
    private static CitationRow Row(FactRef fact, CaseId? @case = null) =>
        new() { Fact = fact, Kind = fact.Kind, Source = default, Case = @case };

    private static Dictionary<FactRef, CitationRow> Templates(Matter m)
    {
        var t = new Dictionary<FactRef, CitationRow>();
        void Add(CitationRow row) => t.TryAdd(row.Fact, row);

        foreach (var x in m.Courts) Add(Row(new(FactKind.Court, x.Id.Value)) with { Court = x.Id });
        foreach (var x in m.Judges) Add(Row(new(FactKind.Judge, x.Id.Value)) with { Judge = x.Id });
        foreach (var x in m.Incidents) Add(Row(new(FactKind.Incident, x.Id.Value)) with { Incident = x.Id });
        foreach (var x in m.Parties) Add(Row(new(FactKind.Party, x.Id.Value)) with { Party = x.Id });
        foreach (var x in m.Attorneys) Add(Row(new(FactKind.Attorney, x.Id.Value)) with { Attorney = x.Id });
        foreach (var x in m.Cases) Add(Row(new(FactKind.Case, x.Id.Value), x.Id));
        foreach (var x in m.CaseLinks) Add(Row(FactRef.Of(x), x.From) with { LinkKind = x.Kind, LinkedCase = x.To });
        foreach (var x in m.Participations) Add(Row(FactRef.Of(x), x.Case) with { Party = x.Party, Role = x.Role });
        foreach (var x in m.Counsel) Add(Row(FactRef.Of(x), x.Case) with { Attorney = x.Attorney, Party = x.Client });
        foreach (var x in m.Motions) Add(Row(new(FactKind.Motion, x.Id.Value), x.Case) with { Motion = x.Id });
        foreach (var x in m.Charges) Add(Row(new(FactKind.Charge, x.Id.Value), x.Case) with { Charge = x.Id });
        foreach (var x in m.Claims) Add(Row(new(FactKind.Claim, x.Id.Value), x.Case) with { Claim = x.Id });
        foreach (var x in m.Statements) Add(Row(new(FactKind.Statement, x.Id.Value), x.Case) with { Statement = x.Id });
        foreach (var x in m.Questions) Add(Row(new(FactKind.Question, x.Id.Value), x.Case) with { Question = x.Id });
        return t;
    }
}
