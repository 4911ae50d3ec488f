using System.CommandLine;
using System.Globalization;
using Clerk.Cli.Output;
using Clerk.Rules;
using Clerk.Rules.Explanation;

namespace Clerk.Cli.Commands;

/// <summary>
/// <c>clerk deadline --rules ID --trigger DATE --period N(d|w|m|y) [--before] [--service M] [--json]</c>:
/// computes one due date with its explanation. Opens no database, so it starts fast.
/// </summary>
internal static class DeadlineCommand
{
    public static Command Create()
    {
        var rules = new Option<string>("--rules") { Description = "The rule set: us-fed, us-fed-nm or us-nm", Required = true, HelpName = "ID" };
        var trigger = new Option<string>("--trigger") { Description = "The day of the event that starts the period (YYYY-MM-DD)", Required = true, HelpName = "YYYY-MM-DD" };
        var period = new Option<string>("--period") { Description = "The period: a number and d, w, m or y (14d, 2w, 1m, 3y)", Required = true, HelpName = "N(d|w|m|y)" };
        var before = new Option<bool>("--before") { Description = "Count backward from the trigger (a deadline before a hearing or trial)" };
        var service = new Option<string?>("--service") { Description = $"How the paper was served: {string.Join(", ", RuleArguments.ServiceNames)} (default none)", HelpName = "METHOD" };
        var json = GlobalOptions.Json();
        var command = new Command("deadline", "Compute a due date under a rule set, with every step that produced it")
        {
            rules, trigger, period, before, service, json,
        };
        command.SetAction(result =>
        {
            var (count, unit) = RuleArguments.Period("--period", result.GetValue(period));
            var request = new DeadlineRequest(
                result.GetValue(rules)!,
                RuleArguments.Date("--trigger", result.GetValue(trigger)),
                count,
                unit,
                result.GetValue(before) ? Direction.Before : Direction.After,
                RuleArguments.Service("--service", result.GetValue(service)));
            var deadline = RuleArguments.Check(() => RuleBook.Default.ComputeDeadline(request), ("ruleSetId", "--rules"), ("trigger", "--trigger"), ("Trigger", "--trigger"), ("Count", "--period"));
            if (result.GetValue(json))
            {
                Terminal.WriteJson(ToJson(deadline));
            }
            else
            {
                Console.Out.WriteLine($"Due {Iso(deadline.Due)} ({deadline.Due.DayOfWeek})");
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
        period = d.Request.Count.ToString(CultureInfo.InvariantCulture) + d.Request.Unit switch
        {
            PeriodUnit.Days => "d",
            PeriodUnit.Weeks => "w",
            PeriodUnit.Months => "m",
            _ => "y",
        },
        direction = d.Request.Direction == Direction.Before ? "before" : "after",
        service = RuleArguments.ServiceNames[(int)d.Request.Service],
        rule = d.RuleCitation,
        rule_row = d.RuleRowId,
        service_days_added = d.ServiceDaysAdded,
        skipped = d.Skipped.Select(s => new { date = Iso(s.Date), reason = s.Reason }),
        steps = StepsJson(d.Explanation),
    };

    /// <summary>
    /// Explanation steps as JSON: each keeps its English <c>text</c> (what <c>steps</c> held before it gained
    /// structure) beside the data it was rendered from.
    /// </summary>
    public static IEnumerable<object> StepsJson(IEnumerable<ExplanationStep> steps) => steps.Select(s => new
    {
        kind = StepText.KindName(s.Kind),
        date = s.Date is { } date ? Iso(date) : null,
        rule = s.Rule,
        citation = s.Citation,
        reason = s.Reason,
        days = s.Days,
        text = s.Text,
    });

    public static string Iso(NodaTime.LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
