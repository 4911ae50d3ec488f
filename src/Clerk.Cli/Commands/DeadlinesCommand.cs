using System.CommandLine;
using Clerk.Cli.Output;
using Clerk.Domain;
using Clerk.Rules;
using Clerk.Rules.Cases;
using NodaTime;
using Spectre.Console;

namespace Clerk.Cli.Commands;

/// <summary><c>clerk deadlines CASE [--as-of DATE] [--json]</c>: a case's deadlines and limitation checks.</summary>
internal static class DeadlinesCommand
{
    public static Command Create()
    {
        var caseId = new Argument<string>("CASE") { Description = "The case id (see 'clerk cases')" };
        var asOf = new Option<string?>("--as-of") { Description = "Judge open against missed as of this day (default: today in the court's time zone)", HelpName = "YYYY-MM-DD" };
        var json = GlobalOptions.Json();
        var command = new Command("deadlines", "List a case's deadlines with status (open, met, missed) and explanations, and the limitation check of each claim")
        {
            caseId, asOf, json,
        };
        command.SetAction(result =>
        {
            using var store = GlobalOptions.OpenStore(result);
            var id = result.GetValue(caseId)!;
            var matter = store.ReadCase(new CaseId(id)) ?? throw new NotFoundException($"no case with id \"{id}\" in {store.Options.Path} (see 'clerk cases')");
            var theCase = matter.Cases.Single(c => c.Id.Value == id);
            var court = matter.Courts.FirstOrDefault(c => c.Id == theCase.Court);
            var today = result.GetValue(asOf) is { } a ? RuleArguments.Date("--as-of", a) : Today(court);
            var view = CaseRules.Of(matter, theCase, court, today);
            if (result.GetValue(json))
            {
                Terminal.WriteJson(view.ToJson());
                return ExitCodes.Ok;
            }

            view.Render(Terminal.Out, explain: true);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Today in the court's own time zone (a deadline is a day in the court's calendar).</summary>
    public static LocalDate Today(Court? court)
    {
        var zone = court is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(court.TimeZone);
        return SystemClock.Instance.GetCurrentInstant().InZone(zone ?? DateTimeZone.Utc).Date;
    }
}

/// <summary>What the rules say about one case: its derived deadlines and its claims' limitation checks.</summary>
internal sealed record CaseRules(Case Case, string? RuleSetId, LocalDate Today, Output.SourceLabels Sources, IReadOnlyList<CaseDeadline> Deadlines, IReadOnlyList<ClaimLimitation> Limitations)
{
    public static CaseRules Of(Matter matter, Case theCase, Court? court, LocalDate today)
    {
        // A court stored without a rule set (an older import, a matter file that names none) gets the court table's.
        var ruleSet = court?.RuleSet ?? (court is null ? null : RuleBook.Default.Courts.Find(court.Id.Value)?.RuleSet);
        return new CaseRules(theCase, ruleSet, today, new Output.SourceLabels(matter),
            CaseDeadlines.For(matter, theCase.Id, RuleBook.Default, ruleSet, today),
            ClaimLimitations.For(matter, theCase.Id, RuleBook.Default, ruleSet));
    }

    public void Render(IAnsiConsole console, bool explain)
    {
        if (RuleSetId is null)
        {
            console.MarkupLine("[grey]No rule set is recorded for this case's court, so no deadlines are computed.[/]");
            return;
        }

        foreach (var l in Limitations)
        {
            console.MarkupLine($"[bold]Limitation check[/]: {Markup.Escape(l.Check.ClaimKind)}, {l.Check.Count} {l.Check.Unit.ToString().ToLowerInvariant()} ({Markup.Escape(l.Check.Statute)}): accrued {Markup.Escape(l.Claim.Accrued?.ToString() ?? "")}, last day [bold]{DeadlineCommand.Iso(l.Check.LastDay)}[/]");
            if (l.Filed is { } filed)
            {
                console.MarkupLine("  [bold]" + Markup.Escape(LimitationCommand.Verdict(l.Check, filed)) + "[/]");
            }

            foreach (var s in l.Statements)
            {
                console.MarkupLine($"  beside it, {Markup.Escape(s.Speaker)} ({Markup.Escape(Chronology.Words(s.Role))}, {Markup.Escape(s.Date?.ToString() ?? "undated")}): \"{Markup.Escape(s.Text)}\" [grey][[{Markup.Escape(Sources.Text(new FactRef(FactKind.Statement, s.Id.Value)))}]][/]");
            }

            if (explain)
            {
                foreach (var step in l.Check.Steps)
                {
                    console.MarkupLine("    [grey]" + Markup.Escape(step) + "[/]");
                }
            }
        }

        if (Deadlines.Count == 0)
        {
            console.MarkupLine("[grey]No exactly dated event in this case starts a deadline of its rule set.[/]");
        }

        foreach (var d in Deadlines)
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

    public object ToJson() => new
    {
        @case = Case.Id.Value,
        rules = RuleSetId,
        as_of = DeadlineCommand.Iso(Today),
        deadlines = Deadlines.Select(d => new
        {
            rule = d.Rule.Id,
            name = d.Rule.Name,
            authority = d.Rule.Authority,
            trigger = d.TriggerText,
            trigger_fact = d.Trigger.ToString(),
            due = DeadlineCommand.Iso(d.Deadline.Due),
            status = d.Status.ToString().ToLowerInvariant(),
            met_by = d.MetBy is { } e ? e.Number ?? "#" + e.Sequence : null,
            steps = DeadlineCommand.StepsJson(d.Deadline.Explanation),
        }),
        limitations = Limitations.Select(l => new
        {
            claim = l.Claim.Id.Value,
            kind = l.Check.ClaimKind,
            statute = l.Check.Statute,
            accrued = l.Claim.Accrued?.ToString(),
            filed = l.Filed?.ToString(),
            last_day = DeadlineCommand.Iso(l.Check.LastDay),
            timely = l.Check.Timely,
            margin_days = l.Check.MarginDaysMin,
            margin_days_min = l.Check.MarginDaysMin,
            margin_days_max = l.Check.MarginDaysMax,
            statements = l.Statements.Select(s => new { speaker = s.Speaker, text = s.Text }),
            steps = DeadlineCommand.StepsJson(l.Check.Explanation),
        }),
    };

    private static string StatusText(CaseDeadline d) => d.Status switch
    {
        DeadlineStatus.Met => $"[green]met[/] by entry {Markup.Escape(d.MetBy!.Number ?? "#" + d.MetBy.Sequence)}",
        DeadlineStatus.Missed => "[red]missed[/]",
        DeadlineStatus.Open => "[yellow]open[/]",
        _ => "status unknown (no docket entries recorded)",
    };
}
