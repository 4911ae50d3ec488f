using Clerk.App.Cases;
using Clerk.Cli.Commands;
using Clerk.Domain;
using Clerk.Rules.Cases;
using Spectre.Console;

namespace Clerk.Cli.Output;

/// <summary>A case's deadlines and limitation checks on a terminal.</summary>
internal static class CaseDeadlineView
{
    public static void Render(IAnsiConsole console, CaseDeadlineReport report, bool explain)
    {
        var (ruleSetId, deadlines, limitations, sources) = (report.RuleSetId, report.Deadlines, report.Limitations, new SourceLabels(report.File.Matter));
        if (ruleSetId is null)
        {
            console.MarkupLine("[grey]No rule set is recorded for this case's court, so no deadlines are computed.[/]");
            return;
        }

        foreach (var l in limitations)
        {
            console.MarkupLine($"[bold]Limitation check[/]: {Markup.Escape(l.Check.ClaimKind)}, {l.Check.Count} {l.Check.Unit.ToString().ToLowerInvariant()} ({Markup.Escape(l.Check.Statute)}): accrued {Markup.Escape(l.Claim.Accrued?.ToString() ?? "")}, last day [bold]{DeadlineCommand.Iso(l.Check.LastDay)}[/]");
            if (l.Filed is { } filed)
            {
                console.MarkupLine("  [bold]" + Markup.Escape(LimitationCommand.Verdict(l.Check, filed)) + "[/]");
            }

            foreach (var s in l.Statements)
            {
                console.MarkupLine($"  beside it, {Markup.Escape(s.Speaker)} ({Markup.Escape(Chronology.Words(s.Role))}, {Markup.Escape(s.Date?.ToString() ?? "undated")}): \"{Markup.Escape(s.Text)}\" [grey][[{Markup.Escape(sources.Text(new FactRef(FactKind.Statement, s.Id.Value)))}]][/]");
            }

            if (explain)
            {
                foreach (var step in l.Check.Steps)
                {
                    console.MarkupLine("    [grey]" + Markup.Escape(step) + "[/]");
                }
            }
        }

        if (deadlines.Count == 0)
        {
            console.MarkupLine("[grey]No exactly dated event in this case starts a deadline of its rule set.[/]");
        }

        foreach (var d in deadlines)
        {
            console.MarkupLine($"[bold]Deadline[/] {Markup.Escape(d.Rule.Name)} ({Markup.Escape(d.Rule.Authority)}): due [bold]{DeadlineCommand.Iso(d.Deadline.Due)}[/], {StatusText(d)} — after {Markup.Escape(d.TriggerText)}");
            if (explain)
            {
                foreach (var step in d.Deadline.Steps)
                {
                    console.MarkupLine("    [grey]" + Markup.Escape(step) + "[/]");
                }
            }
        }
    }

    private static string StatusText(CaseDeadline d) => d.Status switch
    {
        DeadlineStatus.Met => $"[green]met[/] by entry {Markup.Escape(CaseDeadlineReport.EntryName(d.MetBy!))}",
        DeadlineStatus.Missed => "[red]missed[/]",
        DeadlineStatus.Open => "[yellow]open[/]",
        _ => "status unknown (no docket entries recorded)",
    };
}
