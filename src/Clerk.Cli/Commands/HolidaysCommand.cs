using System.CommandLine;
using System.Globalization;
using Clerk.Cli.Output;
using Clerk.Rules;

namespace Clerk.Cli.Commands;

/// <summary><c>clerk holidays --calendar ID --year YYYY [--json]</c>: a court calendar's holidays and closures.</summary>
internal static class HolidaysCommand
{
    public static Command Create()
    {
        var calendar = new Option<string>("--calendar") { Description = "The court calendar: us-federal or us-nm-courts", Required = true, HelpName = "ID" };
        var year = new Option<string>("--year") { Description = "The year, 1990 to 2100", Required = true, HelpName = "YYYY" };
        var json = GlobalOptions.Json();
        var command = new Command("holidays", "List the days a court calendar is closed in a year: legal holidays as observed, and closures by order")
        {
            calendar, year, json,
        };
        command.SetAction(result =>
        {
            var text = result.GetValue(year);
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            {
                throw new UsageException($"--year: \"{text}\" is not a year; expected YYYY from {RuleBook.FirstYear} to {RuleBook.LastYear}");
            }

            var days = RuleArguments.Check(() => RuleBook.Default.Holidays(result.GetValue(calendar)!, y), ("calendarId", "--calendar"), ("year", "--year"));
            if (result.GetValue(json))
            {
                Terminal.WriteJson(days.Select(h => new { date = DeadlineCommand.Iso(h.Date), name = h.Name, authority = h.Authority, closure = h.IsClosure, row = h.RowId, unconfirmed = h.Unconfirmed }));
                return ExitCodes.Ok;
            }

            foreach (var h in days)
            {
                Console.Out.WriteLine($"{DeadlineCommand.Iso(h.Date)}  {h.Date.DayOfWeek,-9}  {h.Name}  ({h.Authority})" + (h.Unconfirmed is null ? "" : "  [unconfirmed]"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
