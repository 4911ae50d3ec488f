using Clerk.Rules.Model;
using NodaTime;
using YamlDotNet.RepresentationModel;

namespace Clerk.Rules.Loading;

/// <summary>Everything the data files say, parsed and checked, before any table is built.</summary>
internal sealed record RuleData(
    IReadOnlyList<CalendarData> Calendars,
    IReadOnlyList<RuleSetData> RuleSets,
    IReadOnlyList<LimitationRow> Limitations);

/// <summary>
/// Turns the YAML data files into <see cref="RuleData"/>. Uses YamlDotNet's node model rather than its
/// reflection-based deserializer: it is cheaper at start-up and keeps line numbers for error messages.
/// </summary>
internal static class RuleDataLoader
{
    public const string CalendarsFile = "calendars.yaml";
    public const string ClosuresFile = "closures.yaml";
    public const string RuleSetsFile = "rulesets.yaml";
    public const string LimitationsFile = "limitations.yaml";

    public static readonly IReadOnlyList<string> Files = [CalendarsFile, ClosuresFile, RuleSetsFile, LimitationsFile];

    private static readonly Dictionary<string, Observance> Observances = new(StringComparer.Ordinal)
    {
        ["none"] = Observance.None,
        ["saturday-friday-sunday-monday"] = Observance.SaturdayFridaySundayMonday,
        ["sunday-monday"] = Observance.SundayMonday,
    };

    private static readonly Dictionary<string, IsoDayOfWeek> Weekdays = new(StringComparer.Ordinal)
    {
        ["monday"] = IsoDayOfWeek.Monday,
        ["tuesday"] = IsoDayOfWeek.Tuesday,
        ["wednesday"] = IsoDayOfWeek.Wednesday,
        ["thursday"] = IsoDayOfWeek.Thursday,
        ["friday"] = IsoDayOfWeek.Friday,
        ["saturday"] = IsoDayOfWeek.Saturday,
        ["sunday"] = IsoDayOfWeek.Sunday,
    };

    private static readonly Dictionary<string, CountingMethod> Methods = new(StringComparer.Ordinal)
    {
        ["count-every-day"] = CountingMethod.CountEveryDay,
        ["short-period-exclusion"] = CountingMethod.ShortPeriodExclusion,
    };

    private static readonly Dictionary<string, bool> StateHolidayScopes = new(StringComparer.Ordinal)
    {
        ["forward-only"] = false,
        ["both"] = true,
    };

    internal static readonly Dictionary<string, ServiceMethod> ServiceMethods = new(StringComparer.Ordinal)
    {
        ["electronic"] = ServiceMethod.Electronic,
        ["mail"] = ServiceMethod.Mail,
        ["left-with-clerk"] = ServiceMethod.LeftWithClerk,
        ["other-consented"] = ServiceMethod.OtherConsented,
    };

    internal static readonly Dictionary<string, PeriodUnit> Units = new(StringComparer.Ordinal)
    {
        ["days"] = PeriodUnit.Days,
        ["weeks"] = PeriodUnit.Weeks,
        ["months"] = PeriodUnit.Months,
        ["years"] = PeriodUnit.Years,
    };

    internal static readonly Dictionary<string, Direction> Directions = new(StringComparer.Ordinal)
    {
        ["after"] = Direction.After,
        ["before"] = Direction.Before,
    };

    /// <summary>Parses the four data files; <paramref name="open"/> returns the text of a file by name.</summary>
    public static RuleData Load(Func<string, TextReader> open)
    {
        var closures = Root(open, ClosuresFile).Maps("closures").Select(ReadClosure).ToList();
        var calendars = Root(open, CalendarsFile).Maps("calendars").Select(c => ReadCalendar(c, closures)).ToList();
        var ruleSets = Root(open, RuleSetsFile).Maps("rule_sets").Select(ReadRuleSet).ToList();
        var limitations = Root(open, LimitationsFile).Maps("limitations").Select(ReadLimitation).ToList();

        Check(calendars, ruleSets, limitations, closures);
        return new RuleData(calendars, ruleSets, limitations);
    }

    private static YamlNodeReader Root(Func<string, TextReader> open, string file)
    {
        var stream = new YamlStream();
        using (var reader = open(file))
        {
            try
            {
                stream.Load(reader);
            }
            catch (YamlDotNet.Core.YamlException e)
            {
                throw new InvalidDataException($"{file}:{e.Start.Line}:{e.Start.Column}: {e.Message}", e);
            }
        }

        return stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode root
            ? new YamlNodeReader(file, root)
            : throw new InvalidDataException($"{file}: expected one YAML document whose root is a mapping.");
    }

    private static InForce ReadInForce(YamlNodeReader r)
    {
        var inForce = new InForce(r.Date("in_force_from"), r.OptionalDate("in_force_to"));
        return inForce.To is { } to && to < inForce.From
            ? throw r.Fail("in_force_to", "on or after in_force_from")
            : inForce;
    }

    private static Closure ReadClosure(YamlNodeReader r) =>
        new(r.String("calendar"), r.Date("date"), r.String("name"), r.String("authority"));

    private static CalendarData ReadCalendar(YamlNodeReader r, List<Closure> closures)
    {
        var id = r.String("id");
        return new CalendarData(
            id,
            r.String("name"),
            r.String("authority"),
            r.Maps("holidays").Select(ReadHoliday).ToList(),
            closures.Where(c => c.CalendarId == id).OrderBy(c => c.Date).ToList());
    }

    private static HolidayRule ReadHoliday(YamlNodeReader r)
    {
        var (kind, month, day, weekday, nth, relativeTo, offset) = (HolidayKind.Fixed, 0, 0, IsoDayOfWeek.None, 0, (string?)null, 0);
        if (r.OptionalMap("fixed") is { } fixedDate)
        {
            (month, day) = (fixedDate.Int("month"), fixedDate.Int("day"));
            _ = new LocalDate(2000, month, day); // a leap year: any real month and day exists
        }
        else if (r.OptionalMap("floating") is { } floating)
        {
            (kind, month, weekday, nth) = (HolidayKind.Floating, floating.Int("month"), floating.Enum("weekday", Weekdays), floating.Int("nth"));
            if (nth is 0 or < -1 or > 4)
            {
                throw floating.Fail("nth", "1 to 4, or -1 for the last");
            }
        }
        else if (r.OptionalMap("relative") is { } relative)
        {
            (kind, relativeTo, offset) = (HolidayKind.Relative, relative.String("relative_to"), relative.Int("offset_days"));
        }
        else
        {
            throw r.Fail("fixed", "present (or floating, or relative)");
        }

        return new HolidayRule(
            r.String("id"), r.String("name"), kind, month, day, weekday, nth, relativeTo, offset,
            r.Enum("observance", Observances), r.String("authority"), ReadInForce(r), r.Bool("apply", fallback: true));
    }

    private static RuleSetData ReadRuleSet(YamlNodeReader r) => new(
        r.String("id"),
        r.String("name"),
        r.String("calendar"),
        r.OptionalString("state_calendar"),
        r.Maps("computation").Select(ReadComputation).ToList(),
        r.Maps("service").Select(ReadService).ToList(),
        r.Maps("catalogue").Select(ReadCatalogueRule).ToList(),
        r.OptionalString("catalogue_includes"));

    private static ComputationRow ReadComputation(YamlNodeReader r)
    {
        var method = r.Enum("method", Methods);
        return new ComputationRow(
            r.String("id"),
            method,
            method == CountingMethod.ShortPeriodExclusion ? r.Int("short_period_max_days") : 0,
            r.Enum("state_holidays", StateHolidayScopes),
            r.String("authority"),
            ReadInForce(r));
    }

    private static ServiceRow ReadService(YamlNodeReader r)
    {
        var methods = r.Strings("methods")
            .Select(m => ServiceMethods.TryGetValue(m, out var method) ? method : throw r.Fail("methods", $"a list of {string.Join(", ", ServiceMethods.Keys)}; '{m}' is none"))
            .ToHashSet();
        return new ServiceRow(methods, r.Int("days"), r.String("authority"), ReadInForce(r));
    }

    private static CatalogueRule ReadCatalogueRule(YamlNodeReader r)
    {
        var inForce = ReadInForce(r);
        return new CatalogueRule(
            r.String("id"), r.String("name"), r.String("trigger_event"), r.Int("count"),
            r.Enum("unit", Units), r.Enum("direction", Directions), r.String("authority"), inForce.From, inForce.To);
    }

    private static LimitationRow ReadLimitation(YamlNodeReader r) => new(
        r.String("claim"),
        r.String("name"),
        r.Strings("rule_sets"),
        r.String("computed_under"),
        r.Int("count"),
        r.Enum("unit", Units),
        r.String("statute"),
        ReadInForce(r),
        r.OptionalString("notes"));

    /// <summary>Cross-file checks: every id a row names exists, and rows of one kind never overlap in time.</summary>
    private static void Check(List<CalendarData> calendars, List<RuleSetData> ruleSets, List<LimitationRow> limitations, List<Closure> closures)
    {
        var calendarIds = calendars.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var ruleSetIds = ruleSets.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var closure in closures.Where(c => !calendarIds.Contains(c.CalendarId)))
        {
            throw new InvalidDataException($"{ClosuresFile}: closure {Text.Date(closure.Date)} names unknown calendar '{closure.CalendarId}'.");
        }

        foreach (var calendar in calendars)
        {
            foreach (var rule in calendar.Holidays.Where(h => h.RelativeTo is { } other && calendar.Holidays.All(h2 => h2.Id != other)))
            {
                throw new InvalidDataException($"{CalendarsFile}: holiday '{rule.Id}' of '{calendar.Id}' is relative to unknown '{rule.RelativeTo}'.");
            }
        }

        foreach (var set in ruleSets)
        {
            foreach (var calendar in new[] { set.CalendarId, set.StateCalendarId }.OfType<string>().Where(c => !calendarIds.Contains(c)))
            {
                throw new InvalidDataException($"{RuleSetsFile}: rule set '{set.Id}' names unknown calendar '{calendar}'.");
            }

            if (set.CatalogueIncludes is { } included && !ruleSetIds.Contains(included))
            {
                throw new InvalidDataException($"{RuleSetsFile}: rule set '{set.Id}' includes the catalogue of unknown rule set '{included}'.");
            }

            CheckNoOverlap(RuleSetsFile, $"rule set '{set.Id}' computation", set.Computation.Select(c => (c.Id, c.InForce)));
            CheckNoOverlap(RuleSetsFile, $"rule set '{set.Id}' service", set.Service.Select(s => (s.Authority, s.InForce)));
            if (set.Computation.Count == 0)
            {
                throw new InvalidDataException($"{RuleSetsFile}: rule set '{set.Id}' has no computation rows.");
            }
        }

        foreach (var row in limitations)
        {
            foreach (var set in row.RuleSets.Append(row.ComputedUnder).Where(s => !ruleSetIds.Contains(s)))
            {
                throw new InvalidDataException($"{LimitationsFile}: claim '{row.Claim}' names unknown rule set '{set}'.");
            }
        }

        foreach (var group in limitations.GroupBy(l => l.Claim, StringComparer.Ordinal))
        {
            CheckNoOverlap(LimitationsFile, $"claim '{group.Key}'", group.Select(l => (l.Statute, l.InForce)));
        }
    }

    private static void CheckNoOverlap(string file, string what, IEnumerable<(string Id, InForce InForce)> rows)
    {
        var sorted = rows.OrderBy(r => r.InForce.From).ToList();
        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i - 1].InForce.To is not { } to || to >= sorted[i].InForce.From)
            {
                throw new InvalidDataException($"{file}: {what} rows '{sorted[i - 1].Id}' and '{sorted[i].Id}' overlap in time.");
            }
        }
    }
}
