using System.CommandLine;
using System.Globalization;
using Clerk.App;
using Clerk.Cli.Output;
using Clerk.Rules;

namespace Clerk.Cli.Commands;

/// <summary>
/// <c>clerk deadline --rules ID --trigger DATE (--period N(d|w|m|y) [--before] | --rule NAME) [--service M] [--json]</c>:
/// computes one due date with its explanation, from a period or from a catalogue rule by name. Opens no database,
/// so it starts fast.
/// </summary>
internal static class DeadlineCommand
{
    public static Command Create()
    {
        var rules = new Option<string>("--rules") { Description = "The rule set: us-fed, us-fed-nm or us-nm", Required = true, HelpName = "ID" };
        var trigger = new Option<string>("--trigger") { Description = "The day of the event that starts the period (YYYY-MM-DD)", Required = true, HelpName = "YYYY-MM-DD" };
        var period = new Option<string?>("--period") { Description = "The period: a number and d, w, m or y (14d, 2w, 1m, 3y), or h for hours (48h, with --trigger YYYY-MM-DDTHH:MM); or give --rule", HelpName = "N(d|w|m|y|h)" };
        var rule = new Option<string?>("--rule") { Description = "A catalogue rule by name (see 'clerk rules'), whose period, direction and citation are used", HelpName = "NAME" };
        var before = new Option<bool>("--before") { Description = "Count backward from the trigger (a deadline before a hearing or trial)" };
        var service = new Option<string?>("--service") { Description = $"How the paper was served: {string.Join(", ", RuleArguments.ServiceNames)} (default none)", HelpName = "METHOD" };
        var json = GlobalOptions.Json();
        var command = new Command("deadline", "Compute a due date under a rule set, with every step that produced it")
        {
            rules, trigger, period, rule, before, service, json,
        };
        command.SetAction(result =>
        {
            var ruleSet = result.GetValue(rules)!;
            if (RuleArguments.Hours(result.GetValue(period)) is { } hours)
            {
                return Hours(result.GetValue(json), ruleSet, result.GetValue(trigger), hours, result.GetValue(before) || result.GetValue(service) is not null || result.GetValue(rule) is not null);
            }

            var triggerDate = RuleArguments.Date("--trigger", result.GetValue(trigger));
            var serviceMethod = RuleArguments.Service("--service", result.GetValue(service));
            DeadlineRequest request;
            if (result.GetValue(rule) is { } name)
            {
                if (result.GetValue(period) is not null || result.GetValue(before))
                {
                    throw new UsageException("--rule: give either --rule or --period (with --before), not both; the rule states its own period and direction");
                }

                var found = RuleArguments.Check(() => RuleBook.Default.CatalogueRule(ruleSet, name, triggerDate), ("ruleSetId", "--rules"), ("name", "--rule"), ("trigger", "--trigger"));
                request = new DeadlineRequest(ruleSet, triggerDate, found.Count, found.Unit, found.Direction, serviceMethod) { Rule = found };
            }
            else
            {
                var (count, unit) = RuleArguments.Period("--period", result.GetValue(period) ?? throw new UsageException("--period: required unless --rule names a catalogue rule (see 'clerk rules')"));
                request = new DeadlineRequest(ruleSet, triggerDate, count, unit, result.GetValue(before) ? Direction.Before : Direction.After, serviceMethod);
            }

            var deadline = RuleArguments.Check(() => RuleBook.Default.ComputeDeadline(request), ("ruleSetId", "--rules"), ("trigger", "--trigger"), ("Trigger", "--trigger"), ("Count", "--period"));
            if (result.GetValue(json))
            {
                Terminal.WriteJson(ToJson(deadline));
            }
            else
            {
                Console.Out.WriteLine($"Due {Iso(deadline.Due)} ({deadline.Due.DayOfWeek})" + Marks(deadline.Unconfirmed, deadline.VerifyClosure));
                foreach (var step in deadline.Steps)
                {
                    Console.Out.WriteLine("  " + step);
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    public static object ToJson(Deadline d) => new
    {
        due = Iso(d.Due),
        rules = d.Request.RuleSetId,
        trigger = Iso(d.Request.Trigger),
        period = d.Request.Count.ToString(CultureInfo.InvariantCulture) + PeriodSuffix(d.Request.Unit),
        direction = d.Request.Direction == Direction.Before ? "before" : "after",
        service = RuleArguments.ServiceNames[(int)d.Request.Service],
        rule = d.RuleCitation,
        rule_row = d.RuleRowId,
        catalogue_rule = d.Request.Rule?.Id,
        unconfirmed = d.Unconfirmed,
        verify = d.VerifyClosure,
        service_days_added = d.ServiceDaysAdded,
        skipped = d.Skipped.Select(s => new { date = Iso(s.Date), reason = s.Reason }),
        steps = ExplanationJson.Steps(d.Explanation),
    };

    /// <summary>A period stated in hours: from a day and time, forward, without service days.</summary>
    private static int Hours(bool json, string ruleSet, string? triggerText, int hours, bool otherOptions)
    {
        if (otherOptions)
        {
            throw new UsageException("--period: a period in hours takes no --before, --service or --rule (Fed. R. Civ. P. 6(a)(2) and Rule 1-006(A)(3) NMRA count forward from the event)");
        }

        var triggerTime = RuleArguments.DateTime("--trigger", triggerText);
        var d = RuleArguments.Check(() => RuleBook.Default.ComputeHours(ruleSet, triggerTime, hours), ("ruleSetId", "--rules"), ("trigger", "--trigger"), ("hours", "--period"));
        if (json)
        {
            Terminal.WriteJson(new
            {
                due = IsoTime(d.Due),
                rules = d.RuleSetId,
                trigger = IsoTime(d.Trigger),
                period = d.Hours.ToString(CultureInfo.InvariantCulture) + "h",
                direction = "after",
                rule = d.RuleCitation,
                rule_row = d.RuleRowId,
                unconfirmed = d.Unconfirmed,
                verify = d.VerifyClosure,
                steps = ExplanationJson.Steps(d.Explanation),
            });
            return ExitCodes.Ok;
        }

        Console.Out.WriteLine($"Due {IsoTime(d.Due)} ({d.Due.DayOfWeek})" + Marks(d.Unconfirmed, d.VerifyClosure));
        foreach (var step in d.Steps)
        {
            Console.Out.WriteLine("  " + step);
        }

        return ExitCodes.Ok;

        static string IsoTime(NodaTime.LocalDateTime t) => t.ToString("uuuu-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
    }


    /// <summary>The letter of a unit in a period as the command line writes it (14d, 1y).</summary>
    public static string PeriodSuffix(PeriodUnit unit) => unit switch
    {
        PeriodUnit.Days => "d",
        PeriodUnit.Weeks => "w",
        PeriodUnit.Months => "m",
        _ => "y",
    };

    /// <summary>What the first line adds when a result rests on an unconfirmed row or a closure: the reader must not
    /// miss it among the steps.</summary>
    public static string Marks(IReadOnlyList<string> unconfirmed, bool verifyClosure) =>
        (verifyClosure ? " — possible date: verify (a closure by order)" : "")
        + (unconfirmed.Count > 0 ? $" — depends on unconfirmed rows: {string.Join(", ", unconfirmed)}" : "");

    public static string Iso(NodaTime.LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
