using Clerk.Domain;
using Spectre.Console;

namespace Clerk.Cli.Output;

/// <summary>
/// Shows a matter in the terminal: its incidents, each case with court, judge, parties, counsel,
/// links, motions, charges and claims, one merged chronology, the open questions, and the sources,
/// every fact with the sources it cites.
/// </summary>
internal static class MatterView
{
    public static void Render(IAnsiConsole console, Matter matter, Action<IAnsiConsole, Case>? extraPerCase = null)
    {
        var sources = new SourceLabels(matter);
        var parties = matter.Parties.ToDictionary(p => p.Id);
        var judges = matter.Judges.ToDictionary(j => j.Id, j => j.Name);
        var courts = matter.Courts.ToDictionary(c => c.Id);
        var attorneys = matter.Attorneys.ToDictionary(a => a.Id, a => a.Name);
        var captions = matter.Cases.ToDictionary(c => c.Id, c => c.Caption);
        string Src(FactRef f) => $"[grey][[{Markup.Escape(sources.Text(f))}]][/]";
        string Party(PartyId id) => Markup.Escape(parties.TryGetValue(id, out var p) ? p.Name : id.Value);

        foreach (var incident in matter.Incidents)
        {
            console.Write(new Rule($"[bold]Incident[/] {Markup.Escape(incident.Where)}, {Markup.Escape(incident.When?.ToString() ?? "date unknown")}").LeftJustified());
            console.MarkupLine($"{Markup.Escape(incident.What)} {Src(new(FactKind.Incident, incident.Id.Value))}");
            console.WriteLine();
        }

        foreach (var c in matter.Cases.Where(c => HasDetail(matter, c.Id)))
        {
            var caseFact = new FactRef(FactKind.Case, c.Id.Value);
            console.Write(new Rule($"[bold]{Markup.Escape(c.Caption)}[/]").LeftJustified());
            var court = courts.TryGetValue(c.Court, out var ct) ? ct.Name : c.Court.Value;
            var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
            grid.AddRow("[bold]Case[/]", $"{Markup.Escape(c.Id.Value)} ({Kind(c.Kind)}, {Markup.Escape(Chronology.Words(c.Status))}) {Src(caseFact)}");
            grid.AddRow("[bold]Court[/]", Markup.Escape(court) + (ct is null ? "" : " " + Src(new(FactKind.Court, ct.Id.Value))));
            grid.AddRow("[bold]Docket number[/]", Markup.Escape(c.DocketNumber ?? "not in the sources"));
            grid.AddRow("[bold]Judge[/]", c.Judge is { } j ? $"Judge {Markup.Escape(judges.GetValueOrDefault(j, j.Value))} {Src(new(FactKind.Judge, j.Value))}" : "not in the sources");
            grid.AddRow("[bold]Filed[/]", Markup.Escape(c.Filed?.ToString() ?? "not in the sources"));
            if (c.Terminated is { } t)
            {
                grid.AddRow("[bold]Terminated[/]", Markup.Escape(t.ToString()));
            }

            foreach (var ci in matter.CaseIncidents.Where(x => x.Case == c.Id))
            {
                grid.AddRow("[bold]Arises from[/]", Markup.Escape(matter.Incidents.FirstOrDefault(i => i.Id == ci.Incident)?.Where ?? ci.Incident.Value));
            }

            foreach (var link in matter.CaseLinks.Where(l => l.From == c.Id))
            {
                grid.AddRow("[bold]Linked case[/]", $"{LinkWords(link.Kind)}: {Markup.Escape(captions.GetValueOrDefault(link.To, link.To.Value))} ({Markup.Escape(link.To.Value)}) {Src(FactRef.Of(link))}");
            }

            console.Write(grid);

            var roles = new Table().Border(TableBorder.Simple).AddColumns("Party", "Role", "Role as the source says", "Counsel", "Sources");
            foreach (var p in matter.Participations.Where(p => p.Case == c.Id))
            {
                var counsel = matter.Counsel.Where(x => x.Case == c.Id && x.Client == p.Party)
                    .Select(x => $"{attorneys.GetValueOrDefault(x.Attorney, x.Attorney.Value)} ({sources.Text(FactRef.Of(x))})").ToList();
                var terminated = p.Terminated is { } d ? $" (terminated {d:yyyy-MM-dd})" : "";
                roles.AddRow(Party(p.Party), Markup.Escape(Chronology.Words(p.Role) + terminated), Markup.Escape(p.RoleText),
                    Markup.Escape(counsel.Count == 0 ? "-" : string.Join("; ", counsel)), $"[grey]{Markup.Escape(sources.Text(FactRef.Of(p)))}[/]");
            }

            console.Write(roles);

            foreach (var m in matter.Motions.Where(m => m.Case == c.Id))
            {
                var ruling = m.Ruling is { } r
                    ? $"{Chronology.Words(m.Status)} on {r.Date}" + (r.Judge is { } rj ? $" by Judge {judges.GetValueOrDefault(rj, rj.Value)}" : "")
                    : Chronology.Words(m.Status);
                var waits = m.AwaitedCase is { } w ? $"; asks to wait for the parallel case {captions.GetValueOrDefault(w, w.Value)}" : "";
                console.MarkupLine($"[bold]{Markup.Escape(Chronology.MotionName(m.Type))}[/] by {Party(m.Movant)}: {Markup.Escape(m.Relief + waits)} — [bold]{Markup.Escape(ruling)}[/] {Src(new(FactKind.Motion, m.Id.Value))}");
            }

            foreach (var ch in matter.Charges.Where(x => x.Case == c.Id))
            {
                var history = string.Join(" → ", ch.History.Select(h => Chronology.Words(h.Status) + (h.Date is { } d ? $" {d}" : "")));
                var statute = ch.Statute is null ? "" : $" ({ch.Statute})";
                console.MarkupLine($"[bold]Charge[/] {Markup.Escape(ch.Description + statute)}: [bold]{Markup.Escape(Chronology.Words(ch.Status))}[/] ({Markup.Escape(history)}) {Src(new(FactKind.Charge, ch.Id.Value))}");
            }

            foreach (var cl in matter.Claims.Where(x => x.Case == c.Id))
            {
                console.MarkupLine($"[bold]Claim[/] {Markup.Escape(cl.CauseOfAction)} — by {string.Join(", ", cl.Claimants.Select(Party))} against {string.Join(", ", cl.Against.Select(Party))} {Src(new(FactKind.Claim, cl.Id.Value))}");
                foreach (var a in cl.Allegations)
                {
                    console.MarkupLine($"  alleged: {Markup.Escape(a)}");
                }

                if (cl.Damages.Count > 0)
                {
                    console.MarkupLine($"  [bold]damages alleged:[/] {Markup.Escape(string.Join(", ", cl.Damages))}");
                }
            }

            extraPerCase?.Invoke(console, c);
            console.WriteLine();
        }

        var lines = Chronology.Of(matter);
        if (lines.Count > 0)
        {
            console.Write(new Rule("[bold]Chronology[/]").LeftJustified());
            // One line per happening, so the chronology reads (and greps) as a list.
            var caseWidth = lines.Max(l => l.Case?.Value.Length ?? 1);
            foreach (var line in lines)
            {
                var date = (line.Date?.ToString() ?? "undated").PadRight(13);
                var @case = (line.Case?.Value ?? "-").PadRight(caseWidth);
                console.MarkupLine($"{Markup.Escape(date)}  {Markup.Escape(@case)}  {Markup.Escape(line.Text)} {Src(line.Fact)}");
            }

            console.WriteLine();
        }

        if (matter.Questions.Count > 0)
        {
            console.Write(new Rule("[bold]Open questions[/]").LeftJustified());
            foreach (var q in matter.Questions)
            {
                console.MarkupLine($"? {Markup.Escape(q.Question)} (as of {Markup.Escape(q.AsOf?.ToString() ?? "unknown")}) {Src(new(FactKind.Question, q.Id.Value))}");
            }

            console.WriteLine();
        }

        console.Write(new Rule("[bold]Sources[/]").LeftJustified());
        foreach (var s in matter.Sources)
        {
            var date = s.Date is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "undated";
            console.MarkupLine($"[bold]{Markup.Escape(s.Id.Value)}[/]: {Markup.Escape(Chronology.Words(s.Kind))}, {Markup.Escape(s.Publisher)}, \"{Markup.Escape(s.Title ?? "")}\", {date}{(s.Locator is null ? "" : ", " + Markup.Escape(s.Locator))}");
        }
    }

    // A case that appears only as the far end of a link is listed by the case that links to it.
    private static bool HasDetail(Matter m, CaseId id) =>
        m.Participations.Any(p => p.Case == id) || m.Entries.Any(e => e.Case == id) || !m.CaseLinks.Any(l => l.To == id);

    private static string Kind(CaseKind kind) => Chronology.Words(kind);

    private static string LinkWords(CaseLinkKind kind) => kind switch
    {
        CaseLinkKind.ParallelCriminal => "parallel criminal case",
        CaseLinkKind.AppealOf => "appeal of",
        _ => "consolidated with",
    };
}
