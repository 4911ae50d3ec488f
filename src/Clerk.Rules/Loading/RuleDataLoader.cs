using Clerk.Rules.Courts;
using Clerk.Rules.Model;
using NodaTime;

namespace Clerk.Rules.Loading;

/// <summary>Everything the data files say, parsed and checked, before any table is built.</summary>
internal sealed record RuleData(
    IReadOnlyList<CalendarData> Calendars,
    IReadOnlyList<RuleSetData> RuleSets,
    IReadOnlyList<LimitationRow> Limitations);

/// <summary>
/// Turns the YAML data files into <see cref="RuleData"/>, through <see cref="DataFileParser"/> (cheap at start-up,
/// keeps line numbers for error messages).
/// </summary>
internal static class RuleDataLoader
{
    public const string CalendarsFile = "calendars.yaml";
    public const string ClosuresFile = "closures.yaml";
    public const string RuleSetsFile = "rulesets.yaml";
    public const string LimitationsFile = "limitations.yaml";
    public const string CourtsFile = "courts.yaml";

    /// <summary>The files <see cref="Load"/> reads; <see cref="CourtsFile"/> is read apart, on first use.</summary>
    public static readonly IReadOnlyList<string> Files = [CalendarsFile, ClosuresFile, RuleSetsFile, LimitationsFile];

    private static readonly string[] Observances = ["none", "saturday-friday-sunday-monday", "sunday-monday"];
    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    private static readonly string[] Methods = ["count-every-day", "short-period-exclusion"];
    private static readonly string[] StateHolidayScopes = ["forward-only", "both"];
    private static readonly string[] Units = ["days", "weeks", "months", "years"];
    private static readonly string[] Directions = ["after", "before"];
    private static readonly string[] CourtKinds = ["district", "bankruptcy", "appellate", "bap", "national", "panel", "state-trial", "state-appellate"];

    /// <summary>Service method names in the data, in the order of <see cref="ServiceMethod"/> after <c>None</c>.</summary>
    private static readonly string[] ServiceMethodNames = ["electronic", "mail", "left-with-clerk", "other-consented", "facsimile", "court-facility"];
    private static readonly string[] TollingKinds = ["after-majority", "until-birthday"];

    /// <summary>Parses the four data files; <paramref name="open"/> returns the text of a file by name.</summary>
    public static RuleData Load(Func<string, TextReader> open)
    {
        var closures = new List<Closure>();
        foreach (var r in Root(open, ClosuresFile).Maps("closures"))
        {
            closures.Add(ReadClosure(r));
        }

        var calendars = new List<CalendarData>();
        foreach (var r in Root(open, CalendarsFile).Maps("calendars"))
        {
            calendars.Add(ReadCalendar(r, closures));
        }

        var ruleSets = new List<RuleSetData>();
        foreach (var r in Root(open, RuleSetsFile).Maps("rule_sets"))
        {
            ruleSets.Add(ReadRuleSet(r));
        }

        var limitationsRoot = Root(open, LimitationsFile);
        var tolling = new List<TollingRule>();
        foreach (var r in limitationsRoot.Maps("tolling"))
        {
            tolling.Add(ReadTolling(r));
        }

        var limitations = new List<LimitationRow>();
        foreach (var r in limitationsRoot.Maps("limitations"))
        {
            limitations.Add(ReadLimitation(r, tolling));
        }

        Check(calendars, ruleSets, limitations, closures);
        return new RuleData(calendars, ruleSets, limitations);
    }

    /// <summary>
    /// Parses the court table, checking that ids are unique, that each rule set named exists and that the appellate
    /// flag agrees with the kind. Kept apart from <see cref="Load"/>: a deadline computation does not need it.
    /// </summary>
    public static IReadOnlyList<CourtInfo> LoadCourts(Func<string, TextReader> open, IReadOnlyCollection<string> ruleSetIds)
    {
        var courts = new List<CourtInfo>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in Root(open, CourtsFile).Maps("courts"))
        {
            var kind = (CourtKind)r.Choice("kind", CourtKinds);
            var court = new CourtInfo(r.String("id"), r.String("name"), kind, r.String("time_zone"), r.OptionalString("rule_set"),
                r.Bool("appellate", fallback: false), r.String("authority"), r.OptionalString("notes"));
            if (!ids.Add(court.Id))
            {
                throw r.Fail("id", $"unique; '{court.Id}' appears twice");
            }

            if (court.RuleSet is { } set && !ruleSetIds.Contains(set))
            {
                throw r.Fail("rule_set", $"one of {string.Join(", ", ruleSetIds)}, not '{set}'");
            }

            var hearsAppeals = kind is CourtKind.Appellate or CourtKind.Bap or CourtKind.StateAppellate;
            if (court.Appellate != hearsAppeals)
            {
                throw r.Fail("appellate", $"{(hearsAppeals ? "true" : "false")} for a court of kind {r.String("kind")}");
            }

            courts.Add(court);
        }

        return courts;
    }

    private static DataReader Root(Func<string, TextReader> open, string file)
    {
        using var reader = open(file);
        return new DataReader(file, DataFileParser.Parse(file, reader));
    }

    private static InForce ReadInForce(DataReader r)
    {
        var inForce = new InForce(r.Date("in_force_from"), r.OptionalDate("in_force_to"));
        return inForce.To is { } to && to < inForce.From
            ? throw r.Fail("in_force_to", "on or after in_force_from")
            : inForce;
    }

    private static Closure ReadClosure(DataReader r) =>
        new(r.String("calendar"), r.Date("date"), r.String("name"), r.String("authority"), r.Bool("apply", fallback: true), r.OptionalString("unconfirmed"));

    private static CalendarData ReadCalendar(DataReader r, List<Closure> closures)
    {
        var id = r.String("id");
        var holidays = new List<HolidayRule>();
        foreach (var h in r.Maps("holidays"))
        {
            holidays.Add(ReadHoliday(h));
        }

        var own = closures.FindAll(c => c.CalendarId == id);
        own.Sort((a, b) => a.Date.CompareTo(b.Date));
        return new CalendarData(id, r.String("name"), r.String("authority"), holidays, own);
    }

    private static HolidayRule ReadHoliday(DataReader r)
    {
        var (kind, month, day, weekday, nth, relativeTo, offset) = (HolidayKind.Fixed, 0, 0, IsoDayOfWeek.None, 0, (string?)null, 0);
        if (r.OptionalMap("fixed") is { } fixedDate)
        {
            (month, day) = (fixedDate.Int("month"), fixedDate.Int("day"));
            _ = new LocalDate(2000, month, day); // a leap year: any real month and day exists
        }
        else if (r.OptionalMap("floating") is { } floating)
        {
            (kind, month, weekday, nth) = (HolidayKind.Floating, floating.Int("month"), (IsoDayOfWeek)(floating.Choice("weekday", Weekdays) + 1), floating.Int("nth"));
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
            (Observance)r.Choice("observance", Observances), r.String("authority"), ReadInForce(r), r.Bool("apply", fallback: true),
            r.OptionalString("unconfirmed"));
    }

    private static RuleSetData ReadRuleSet(DataReader r)
    {
        var computation = new List<ComputationRow>();
        foreach (var row in r.Maps("computation"))
        {
            computation.Add(ReadComputation(row));
        }

        var service = new List<ServiceRow>();
        foreach (var row in r.Maps("service"))
        {
            service.Add(ReadService(row));
        }

        var catalogue = new List<CatalogueRule>();
        foreach (var row in r.Maps("catalogue"))
        {
            catalogue.Add(ReadCatalogueRule(row));
        }

        return new RuleSetData(
            r.String("id"), r.String("name"), r.String("calendar"), r.OptionalString("state_calendar"),
            computation, service, catalogue, r.OptionalString("catalogue_includes"));
    }

    private static ComputationRow ReadComputation(DataReader r)
    {
        var method = (CountingMethod)r.Choice("method", Methods);
        return new ComputationRow(
            r.String("id"),
            method,
            method == CountingMethod.ShortPeriodExclusion ? r.Int("short_period_max_days") : 0,
            r.Choice("state_holidays", StateHolidayScopes) == 1,
            r.String("authority"),
            ReadInForce(r),
            r.OptionalString("caution"),
            r.OptionalString("unconfirmed"),
            r.OptionalString("hours"));
    }

    private static ServiceRow ReadService(DataReader r)
    {
        var names = r.Strings("methods");
        var methods = new ServiceMethod[names.Count];
        var mask = 0;
        for (var i = 0; i < names.Count; i++)
        {
            var index = Array.IndexOf(ServiceMethodNames, names[i]);
            methods[i] = index >= 0
                ? (ServiceMethod)(index + 1)
                : throw r.Fail("methods", $"a list of {string.Join(", ", ServiceMethodNames)}; '{names[i]}' is none");
            mask |= 1 << (int)methods[i];
        }

        return new ServiceRow(r.String("id"), methods, mask, r.Int("days"), r.String("authority"), ReadInForce(r), r.OptionalString("unconfirmed"));
    }

    private static CatalogueRule ReadCatalogueRule(DataReader r)
    {
        var inForce = ReadInForce(r);
        return new CatalogueRule(
            r.String("id"), r.String("name"), r.String("trigger_event"), r.Int("count"),
            (PeriodUnit)r.Choice("unit", Units), (Direction)r.Choice("direction", Directions), r.String("authority"), inForce.From, inForce.To)
        {
            Unconfirmed = r.OptionalString("unconfirmed"),
            Notes = r.OptionalString("notes"),
        };
    }

    private static TollingRule ReadTolling(DataReader r)
    {
        var kind = (TollingKind)r.Choice("kind", TollingKinds);
        return kind == TollingKind.AfterMajority
            ? new TollingRule(r.String("id"), r.String("name"), kind, r.Int("age"), r.Int("count"), (PeriodUnit)r.Choice("unit", Units), 0, r.String("statute"), r.OptionalString("unconfirmed"))
            : new TollingRule(r.String("id"), r.String("name"), kind, r.Int("under_age"), 0, PeriodUnit.Years, r.Int("birthday"), r.String("statute"), r.OptionalString("unconfirmed"));
    }

    private static LimitationRow ReadLimitation(DataReader r, List<TollingRule> tolling)
    {
        var rules = new List<TollingRule>();
        foreach (var id in r.Strings("tolling"))
        {
            rules.Add(tolling.Find(t => t.Id == id) ?? throw r.Fail("tolling", $"a list of tolling ids ({string.Join(", ", tolling.ConvertAll(t => t.Id))}); '{id}' is none"));
        }

        return new LimitationRow(
            r.String("claim"),
            r.String("name"),
            r.Strings("rule_sets"),
            r.String("computed_under"),
            r.Int("count"),
            (PeriodUnit)r.Choice("unit", Units),
            r.String("statute"),
            ReadInForce(r),
            r.OptionalString("notes"),
            r.OptionalString("unconfirmed"),
            rules);
    }

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

            CheckNoOverlap(RuleSetsFile, $"rule set '{set.Id}' computation", [.. set.Computation.Select(c => new Dated(c.Id, c.InForce))]);
            CheckNoOverlap(RuleSetsFile, $"rule set '{set.Id}' service", [.. set.Service.Select(s => new Dated(s.Id, s.InForce))]);
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

        foreach (var claim in limitations.ConvertAll(l => l.Claim).Distinct(StringComparer.Ordinal))
        {
            CheckNoOverlap(LimitationsFile, $"claim '{claim}'", limitations.FindAll(l => l.Claim == claim).ConvertAll(l => new Dated(l.Statute, l.InForce)));
        }
    }

    private static void CheckNoOverlap(string file, string what, List<Dated> rows)
    {
        rows.Sort((a, b) => a.InForce.From.CompareTo(b.InForce.From));
        for (var i = 1; i < rows.Count; i++)
        {
            if (rows[i - 1].InForce.To is not { } to || to >= rows[i].InForce.From)
            {
                throw new InvalidDataException($"{file}: {what} rows '{rows[i - 1].Id}' and '{rows[i].Id}' overlap in time.");
            }
        }
    }

    private sealed record Dated(string Id, InForce InForce);
}
