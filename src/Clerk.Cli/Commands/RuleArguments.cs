using System.Globalization;
using System.Text.RegularExpressions;
using Clerk.Domain;
using Clerk.Rules;
using NodaTime;
using NodaTime.Text;

namespace Clerk.Cli.Commands;

/// <summary>
/// Reads the arguments of the rules commands, refusing a bad one with a one-line reason that names
/// the option and what it accepts (exit code 2).
/// </summary>
internal static partial class RuleArguments
{
    /// <summary>Service method names, in the order of <see cref="ServiceMethod"/>.</summary>
    public static readonly string[] ServiceNames = ["none", "electronic", "mail", "left-with-clerk", "other-consented", "facsimile", "court-facility"];

    public static LocalDate Date(string option, string? text)
    {
        var result = LocalDatePattern.Iso.Parse(text ?? "");
        if (result.Success)
        {
            // Checked here rather than by the rule book, which reports only the year ("unknown value \"0\"").
            return result.Value.Year is >= RuleBook.FirstYear and <= RuleBook.LastYear
                ? result.Value
                : throw new UsageException($"{option}: \"{text}\" is outside the years Clerk computes; expected a date from {RuleBook.FirstYear}-01-01 to {RuleBook.LastYear}-12-31");
        }

        var why = Domain.PartialDate.TryParse(text, out _, out _) || (text ?? "").Count(c => c == '-') == 2
            ? "is not a date that exists" : "is not a date";
        throw new UsageException($"{option}: \"{text}\" {why}; expected YYYY-MM-DD");
    }

    /// <summary>A day and time, for a period stated in hours: YYYY-MM-DDTHH:MM.</summary>
    public static LocalDateTime DateTime(string option, string? text)
    {
        var result = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm").Parse(text ?? "");
        return result.Success
            ? result.Value
            : throw new UsageException($"{option}: \"{text}\" is not a day and time; a period in hours needs YYYY-MM-DDTHH:MM (24-hour clock, the court's local time)");
    }

    /// <summary>A period in hours ("48h"), or null when the text is not one.</summary>
    public static int? Hours(string? text) =>
        HoursPattern().Match(text ?? "") is { Success: true } m && int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            ? hours
            : null;

    public static PartialDate PartialDate(string option, string? text) =>
        Domain.PartialDate.TryParse(text, out var date, out _)
            ? date
            : throw new UsageException($"{option}: \"{text}\" is not a date that exists; expected YYYY-MM-DD (or YYYY-MM, or \"about YYYY-MM\" when only the month is known)");

    public static (int Count, PeriodUnit Unit) Period(string option, string? text)
    {
        var match = PeriodPattern().Match(text ?? "");
        // A number too large for an int is still a period, only too long: the rule book says how long one may be.
        var count = !match.Success ? 0 : int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;
        if (count < 1)
        {
            throw new UsageException($"{option}: \"{text}\" is not a period; expected a whole number of at least 1 followed by d, w, m or y (days, weeks, months, years), e.g. 14d or 3y");
        }

        var unit = match.Groups[2].Value switch
        {
            "d" => PeriodUnit.Days,
            "w" => PeriodUnit.Weeks,
            "m" => PeriodUnit.Months,
            _ => PeriodUnit.Years,
        };
        return (count, unit);
    }

    public static ServiceMethod Service(string option, string? text) =>
        Array.IndexOf(ServiceNames, text ?? "none") is var index and >= 0
            ? (ServiceMethod)index
            : throw new UsageException($"{option}: unknown service method \"{text}\"; accepted: {string.Join(", ", ServiceNames)}");

    /// <summary>Runs a rules call, turning an unknown id or year into a usage error naming the command-line option.</summary>
    public static T Check<T>(Func<T> call, params (string Argument, string Option)[] options)
    {
        try
        {
            return call();
        }
        catch (RulesException e)
        {
            var option = options.FirstOrDefault(o => o.Argument == e.Argument).Option;
            if (option is null)
            {
                throw new UsageException(e.Message);
            }

            // A range bounds a number or a date: "0..20" a period's count (the command itself refuses 0),
            // "1990..2100" the years computed. It is not a list of values to choose from.
            if (e.Accepted is [var range] && range.Split("..") is [var lowest, var highest])
            {
                throw new UsageException((e.Argument, lowest) switch
                {
                    ("Count", "0") => $"{option}: longer than the rules compute in that unit; accepted: 1..{highest}",
                    ("Count", _) => $"{option}: {e.Message}",
                    _ => $"{option}: {e.Value} is outside the supported range; accepted: {range}",
                });
            }

            var accepted = e.Accepted.Count == 0 ? "none" : string.Join(", ", e.Accepted);
            throw new UsageException($"{option}: unknown value \"{e.Value}\"; accepted: {accepted}");
        }
    }

    /// <summary>Refuses a rule set without limitation periods by naming those that have them (its claim kinds would read "accepted: none").</summary>
    public static void CheckHasLimitations(string option, string ruleSetId)
    {
        var book = RuleBook.Default;
        if (book.RuleSetIds.Contains(ruleSetId) && book.ClaimKinds(ruleSetId).Count == 0)
        {
            throw new UsageException($"{option}: rule set \"{ruleSetId}\" has no limitation periods; accepted: {string.Join(", ", book.RuleSetIds.Where(id => book.ClaimKinds(id).Count > 0))}");
        }
    }

    [GeneratedRegex(@"^\s*(\d+)\s*([dwmy])\s*$")]
    private static partial Regex PeriodPattern();

    [GeneratedRegex(@"^\s*(\d{1,6})\s*h\s*$")]
    private static partial Regex HoursPattern();
}
