using System.CommandLine;
using Clerk.App;
using Clerk.Cli.Output;
using Clerk.Rules;
using NodaTime;

namespace Clerk.Cli.Commands;

/// <summary><c>clerk limitation --rules ID --claim KIND --injury DATE [--filed DATE] [--born DATE] [--json]</c>.</summary>
internal static class LimitationCommand
{
    public static Command Create()
    {
        var rules = new Option<string>("--rules") { Description = "The rule set: us-nm or us-fed-nm", Required = true, HelpName = "ID" };
        var claim = new Option<string>("--claim") { Description = "The kind of claim, e.g. personal-injury, wrongful-death, property-damage, written-contract, unwritten-contract, medical-malpractice, tort-claims-act-notice, civil-rights-1983", Required = true, HelpName = "KIND" };
        var injury = new Option<string>("--injury") { Description = "The day the claim accrued: the injury, the death, the breach (YYYY-MM-DD)", Required = true, HelpName = "YYYY-MM-DD" };
        var filed = new Option<string?>("--filed") { Description = "The filing date (YYYY-MM-DD; YYYY-MM when only the month is known)", HelpName = "YYYY-MM-DD" };
        var born = new Option<string?>("--born") { Description = "The claimant's date of birth (YYYY-MM-DD): applies the claim's tolling for minors (e.g. NMSA 1978 § 37-1-10)", HelpName = "YYYY-MM-DD" };
        var json = GlobalOptions.Json();
        var command = new Command("limitation", "The last day to file a claim under its limitation period and, with --filed, whether a filing was timely")
        {
            rules, claim, injury, filed, born, json,
        };
        command.SetAction(result =>
        {
            var injuryDate = RuleArguments.Date("--injury", result.GetValue(injury));
            var filedDate = result.GetValue(filed) is { } f ? RuleArguments.PartialDate("--filed", f) : (Domain.PartialDate?)null;
            var birth = result.GetValue(born) is { } b ? RuleArguments.Date("--born", b) : (LocalDate?)null;
            if (filedDate is { } before && before.Latest < injuryDate)
            {
                throw new UsageException($"--filed: {before} is before the injury ({DeadlineCommand.Iso(injuryDate)}); a claim is filed after it accrues");
            }

            RuleArguments.CheckHasLimitations("--rules", result.GetValue(rules)!);
            var check = RuleArguments.Check(
                () => RuleBook.Default.CheckLimitation(result.GetValue(rules)!, result.GetValue(claim)!, injuryDate, filedDate?.Range, birth),
                ("ruleSetId", "--rules"), ("claimKind", "--claim"), ("injury", "--injury"), ("filedWithin", "--filed"), ("born", "--born"));
            if (result.GetValue(json))
            {
                Terminal.WriteJson(ToJson(check, injuryDate, filedDate));
                return ExitCodes.Ok;
            }

            Console.Out.WriteLine($"Last day {DeadlineCommand.Iso(check.LastDay)} ({check.LastDay.DayOfWeek}): {check.Statute}" + DeadlineCommand.Marks(check.Unconfirmed, verifyClosure: false));
            if (filedDate is { } fd)
            {
                Console.Out.WriteLine(Verdict(check, fd));
            }

            foreach (var step in check.Steps)
            {
                Console.Out.WriteLine("  " + step);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>"Timely: filed 601 to 628 days before the last day." and the like.</summary>
    public static string Verdict(LimitationCheck check, Domain.PartialDate filed)
    {
        var (min, max) = (check.MarginDaysMin!.Value, check.MarginDaysMax!.Value);
        var days = min == max ? $"{Math.Abs(min)} days" : $"{Math.Abs(min)} to {Math.Abs(max)} days";
        if (Math.Abs(min) >= 60)
        {
            // Days are exact; months are only to give the scale (30.44 days a month on average).
            days += $" (about {Math.Round(Math.Abs((min + max) / 2.0) / 30.44)} months)";
        }

        return check.Timely switch
        {
            true => $"Timely: filed {filed} — {days} before the last day" + (filed.IsExact ? "." : ", whichever day it was."),
            false => $"Untimely: filed {filed} — {days} after the last day.",
            null => $"Undecided: filed {filed}, a range that straddles the last day; the exact filing day decides.",
        };
    }

    public static object ToJson(LimitationCheck c, LocalDate injury, Domain.PartialDate? filed) => new
    {
        claim = c.ClaimKind,
        statute = c.Statute,
        period = $"{c.Count} {c.Unit.ToString().ToLowerInvariant()}",
        injury = DeadlineCommand.Iso(injury),
        last_day = DeadlineCommand.Iso(c.LastDay),
        filed = filed?.ToString(),
        timely = c.Timely,
        margin_days = c.MarginDaysMin,
        margin_days_min = c.MarginDaysMin,
        margin_days_max = c.MarginDaysMax,
        unconfirmed = c.Unconfirmed,
        steps = ExplanationJson.Steps(c.Explanation),
    };
}
