using System.Globalization;
using Clerk.Rules.Calendars;
using Clerk.Rules.Computation;
using Clerk.Rules.Courts;
using Clerk.Rules.Explanation;
using Clerk.Rules.Loading;
using Clerk.Rules.Model;
using NodaTime;

namespace Clerk.Rules;

/// <summary>
/// The court rules Clerk computes with: calendars, rule sets with their catalogues of common deadlines, and
/// limitation tables, all read from cited data files. Immutable and safe to share between threads.
/// </summary>
public sealed class RuleBook
{
    /// <summary>The first year a trigger, injury or holiday list may fall in.</summary>
    public const int FirstYear = 1990;

    /// <summary>The last year a trigger, injury or holiday list may fall in.</summary>
    public const int LastYear = 2100;

    private static readonly Lazy<RuleBook> EmbeddedBook = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, CompiledRuleSet> _ruleSets;
    private readonly Dictionary<string, CalendarData> _calendars;
    private readonly IReadOnlyList<LimitationRow> _limitations;
    private readonly Lazy<CourtTable> _courts;

    private RuleBook(RuleData data, Func<string, TextReader> open)
    {
        _calendars = data.Calendars.ToDictionary(c => c.Id, StringComparer.Ordinal);
        CalendarIds = [.. data.Calendars.Select(c => c.Id)];
        RuleSetIds = [.. data.RuleSets.Select(r => r.Id)];
        _limitations = data.Limitations;
        var ruleSetIds = RuleSetIds;
        _courts = new Lazy<CourtTable>(() => new CourtTable(RuleDataLoader.LoadCourts(open, ruleSetIds)), LazyThreadSafetyMode.ExecutionAndPublication);

        var tables = new Dictionary<string, Lazy<CourtDayTable>>(StringComparer.Ordinal);
        var byId = data.RuleSets.ToDictionary(r => r.Id, StringComparer.Ordinal);
        _ruleSets = data.RuleSets
            .Select(set => new CompiledRuleSet(set, Table(set.CalendarId, set.StateCalendarId), Table(set.CalendarId, null), CatalogueOf(set),
                [.. new[] { set.CalendarId, set.StateCalendarId }.OfType<string>().SelectMany(c => _calendars[c].Closures.Where(x => !x.Apply))]))
            .ToDictionary(s => s.Id, StringComparer.Ordinal);

        Lazy<CourtDayTable> Table(string calendarId, string? stateCalendarId)
        {
            var key = $"{calendarId}+{stateCalendarId}";
            if (!tables.TryGetValue(key, out var table))
            {
                var calendar = _calendars[calendarId];
                var state = stateCalendarId is null ? null : _calendars[stateCalendarId];
                tables[key] = table = new Lazy<CourtDayTable>(() => new CourtDayTable(calendar, state), LazyThreadSafetyMode.ExecutionAndPublication);
            }

            return table;
        }

        IReadOnlyList<CatalogueRule> CatalogueOf(RuleSetData set) =>
            set.CatalogueIncludes is { } included
                ? [.. set.Catalogue, .. byId[included].Catalogue.Where(r => set.Catalogue.All(own => own.Id != r.Id))]
                : set.Catalogue;
    }

    /// <summary>The rule book built from the data files embedded in this assembly, loaded on first use.</summary>
    public static RuleBook Default => EmbeddedBook.Value;

    /// <summary>The rule sets, e.g. <c>us-fed</c>, <c>us-fed-nm</c>, <c>us-nm</c>.</summary>
    public IReadOnlyList<string> RuleSetIds { get; }

    /// <summary>The courts Clerk knows by id (PACER ids for federal courts), with their kind, time zone, rule set and
    /// whether they are appellate; read from <c>courts.yaml</c> on first use.</summary>
    public CourtTable Courts => _courts.Value;

    /// <summary>The court calendars, e.g. <c>us-federal</c>, <c>us-nm-courts</c>.</summary>
    public IReadOnlyList<string> CalendarIds { get; }

    /// <summary>The claim kinds with a limitation period in <paramref name="ruleSetId"/> (empty when it has none).</summary>
    public IReadOnlyList<string> ClaimKinds(string ruleSetId)
    {
        _ = RuleSet(ruleSetId);
        return [.. _limitations.Where(l => l.RuleSets.Contains(ruleSetId)).Select(l => l.Claim).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The common deadlines of <paramref name="ruleSetId"/>, every version with the days it is in force.</summary>
    public IReadOnlyList<CatalogueRule> Catalogue(string ruleSetId) => RuleSet(ruleSetId).Catalogue;

    /// <summary>
    /// The version of catalogue rule <paramref name="name"/> in force on <paramref name="trigger"/>. A rule's versions
    /// share a name and differ by a year suffix on their ids (<c>answer-complaint</c>, <c>answer-complaint-1993</c>).
    /// </summary>
    /// <exception cref="RulesException">An unknown rule set or rule name, or no version in force on the trigger.</exception>
    public CatalogueRule CatalogueRule(string ruleSetId, string name, LocalDate trigger)
    {
        var catalogue = Catalogue(ruleSetId);
        var versions = catalogue.Where(r => RuleName(r.Id) == name).ToList();
        if (versions.Count == 0)
        {
            throw RulesException.Unknown(nameof(name), "rule", name, [.. catalogue.Select(r => RuleName(r.Id)).Distinct(StringComparer.Ordinal)]);
        }

        return versions.FirstOrDefault(r => r.IsInForceOn(trigger))
            ?? throw new RulesException(nameof(trigger), Text.Date(trigger), [.. versions.Select(v => new InForce(v.InForceFrom, v.InForceTo).ToString())],
                $"Rule '{name}' of '{ruleSetId}' is not in force on {Text.Date(trigger)} ({nameof(trigger)}); its versions are {string.Join("; ", versions.Select(v => new InForce(v.InForceFrom, v.InForceTo)))}.");
    }

    /// <summary>The name a catalogue rule is asked for by: its id without a version's year suffix.</summary>
    public static string RuleName(string id) =>
        id.Length > 5 && id[^5] == '-' && id[^4..].All(char.IsAsciiDigit) ? id[..^5] : id;

    /// <summary>The holidays and closures observed in <paramref name="year"/> (1990 to 2100), sorted by date.</summary>
    public IReadOnlyList<Holiday> Holidays(string calendarId, int year)
    {
        var calendar = _calendars.TryGetValue(calendarId, out var found)
            ? found
            : throw RulesException.Unknown(nameof(calendarId), "calendar", calendarId, CalendarIds);
        CheckYear(nameof(year), year);
        return calendar.HolidaysIn(year);
    }

    /// <summary>
    /// The due date alone, without the explanation: the fast path, which reads precomputed court-day tables and does
    /// not allocate. Gives the same date as <see cref="ComputeDeadline"/>.
    /// </summary>
    /// <exception cref="RulesException">Unknown rule set, a year outside 1990 to 2100, or a negative count.</exception>
    public LocalDate ComputeDue(DeadlineRequest request)
    {
        var set = Resolve(request, out var row);
        var due = set.DueIndex(request, row);
        return due == CourtDayTable.OutOfRange ? throw OutOfTable(request) : CourtDayTable.DateAt(due);
    }

    /// <summary>The deadline with its explanation: the rule row and citation, the start, each day counted or
    /// skipped and why, each roll, the service days added.</summary>
    /// <exception cref="RulesException">Unknown rule set, a year outside 1990 to 2100, or a negative count.</exception>
    public Deadline ComputeDeadline(DeadlineRequest request)
    {
        var set = Resolve(request, out var row);
        if (set.DueIndex(request, row) == CourtDayTable.OutOfRange)
        {
            throw OutOfTable(request);
        }

        return DeadlineExplainer.Explain(set, request, row, request.RulesAsOf ?? request.Trigger);
    }

    /// <summary>
    /// The end of a period stated in hours from <paramref name="trigger"/>, with its explanation, under the rule for
    /// hours in force on the trigger's date (Fed. R. Civ. P. 6(a)(2) from 2009-12-01; Rule 1-006(A)(3) NMRA from
    /// 2014-12-31; before those the rules provided no method for hours, and the request is refused).
    /// </summary>
    /// <exception cref="RulesException">Unknown rule set, a year outside 1990 to 2100, hours outside 1 to 87,600, or
    /// no rule for hours in force on the trigger's date.</exception>
    public HoursDeadline ComputeHours(string ruleSetId, LocalDateTime trigger, int hours)
    {
        var set = RuleSet(ruleSetId);
        CheckYear(nameof(trigger), trigger.Year);
        if (hours is < 1 or > 24 * 3650)
        {
            throw new RulesException(nameof(hours), hours.ToString(CultureInfo.InvariantCulture), ["1..87600"], $"A period of {hours} hours ({nameof(hours)}) is outside 1..87600.");
        }

        var row = set.RowFor(trigger.Date)
            ?? throw new RulesException(nameof(trigger), Text.Date(trigger.Date), [], $"Rule set '{set.Id}' has no time-computation rule in force on {Text.Date(trigger.Date)}.");
        if (row.HoursAuthority is not { } authority)
        {
            throw new RulesException(nameof(trigger), Text.Date(trigger.Date), [.. _ruleSets[ruleSetId].Data.Computation.Where(c => c.HoursAuthority is not null).Select(c => c.InForce.ToString())],
                $"Rule set '{set.Id}' has no rule for periods stated in hours in force on {Text.Date(trigger.Date)} (row {row.Id}).");
        }

        return DeadlineExplainer.ExplainHours(set, row, authority, trigger, hours);
    }

    /// <summary>
    /// Applies the limitation period for <paramref name="claimKind"/> to a claim that accrued on
    /// <paramref name="injury"/> and, when given, a filing date known to lie in <paramref name="filedWithin"/> (one day
    /// when exact). With the claimant's date of birth (<paramref name="born"/>), the claim's tolling rules for minors
    /// apply: the last day is then the later of the ordinary one and the one the tolling rule gives.
    /// </summary>
    public LimitationCheck CheckLimitation(string ruleSetId, string claimKind, LocalDate injury, DateInterval? filedWithin, LocalDate? born = null)
    {
        _ = RuleSet(ruleSetId);
        CheckYear(nameof(injury), injury.Year);
        if (born is { } b && b > injury)
        {
            throw new RulesException(nameof(born), Text.Date(b), [$"on or before {Text.Date(injury)}"],
                $"The date of birth {Text.Date(b)} ({nameof(born)}) is after the accrual date {Text.Date(injury)}.");
        }

        var rows = _limitations.Where(l => l.Claim == claimKind && l.RuleSets.Contains(ruleSetId)).ToList();
        if (rows.Count == 0)
        {
            throw RulesException.Unknown(nameof(claimKind), "claim kind", claimKind, ClaimKinds(ruleSetId));
        }

        var row = rows.FirstOrDefault(l => l.InForce.Covers(injury))
            ?? throw new RulesException(nameof(injury), Text.Date(injury), [.. rows.Select(r => r.InForce.ToString())],
                $"No limitation row for '{claimKind}' is in force on {Text.Date(injury)} ({nameof(injury)}).");

        var deadline = ComputeDeadline(new DeadlineRequest(row.ComputedUnder, injury, row.Count, row.Unit, Direction.After));
        var unconfirmed = new List<string>();
        var steps = new List<ExplanationStep>
        {
            new(StepKind.Limitation, null, row.Claim, row.Statute, row.Name) { Days = row.Count, Unit = row.Unit, InForce = row.InForce },
        };
        if (row.Unconfirmed is { } why)
        {
            unconfirmed.Add(row.Claim);
            steps.Add(new ExplanationStep(StepKind.Caution, null, row.Claim, row.Statute, $"unconfirmed: the result depends on row {row.Claim}, whose source could not be confirmed ({why.Trim()})"));
        }

        if (row.Notes is { } notes)
        {
            steps.Add(new ExplanationStep(StepKind.Note, null, row.Claim, row.Statute, notes.Trim()));
        }

        steps.Add(new ExplanationStep(StepKind.Accrual, injury, null, null, row.ComputedUnder));
        steps.AddRange(deadline.Explanation);
        unconfirmed.AddRange(deadline.Unconfirmed);
        var lastDay = deadline.Due;
        foreach (var tolling in row.Tolling)
        {
            lastDay = Toll(tolling, row, injury, born, lastDay, steps, unconfirmed);
        }

        steps.Add(new ExplanationStep(StepKind.NotModelled, null, null, null,
            "discovery rule; tolling for incapacity or absence" + (row.Tolling.Count == 0 ? ", and for minority unless the row names a tolling rule" : "") + "; notice-of-claim requirements (see their own claim kinds)."));

        bool? timely = null;
        int? marginMin = null, marginMax = null;
        if (filedWithin is not null)
        {
            marginMin = Period.DaysBetween(filedWithin.End, lastDay);
            marginMax = Period.DaysBetween(filedWithin.Start, lastDay);
            timely = marginMin >= 0 ? true : marginMax < 0 ? false : null;
            var filed = filedWithin.Start == filedWithin.End
                ? $"Filed {Text.Day(filedWithin.Start)}"
                : $"Filed between {Text.Date(filedWithin.Start)} and {Text.Date(filedWithin.End)}";
            steps.Add(new ExplanationStep(StepKind.Filing, filedWithin.End, null, null, timely switch
            {
                true => $"{filed}: timely, {Margin(marginMin.Value, marginMax.Value)} to spare.",
                false => $"{filed}: late by {Margin(-marginMax.Value, -marginMin.Value)}.",
                null => $"{filed}: timely only if filed on or before {Text.Date(lastDay)} (margin {marginMin} to {marginMax} days).",
            }));
        }

        return new LimitationCheck(row.Claim, row.Count, row.Unit, row.Statute, lastDay, steps, timely, marginMin, marginMax)
        {
            Unconfirmed = [.. unconfirmed.Distinct(StringComparer.Ordinal)],
        };

        static string Margin(int low, int high) => low == high
            ? Text.Units(low, PeriodUnit.Days)
            : $"{low.ToString(CultureInfo.InvariantCulture)} to {Text.Units(high, PeriodUnit.Days)}";
    }

    /// <summary>
    /// Applies one tolling rule for minors: writes its steps and returns the later of <paramref name="lastDay"/> and the
    /// day the rule gives. Without a date of birth the rule cannot be applied, and the explanation says so.
    /// </summary>
    private LocalDate Toll(TollingRule tolling, LimitationRow row, LocalDate injury, LocalDate? born, LocalDate lastDay, List<ExplanationStep> steps, List<string> unconfirmed)
    {
        if (born is not { } birth)
        {
            steps.Add(new ExplanationStep(StepKind.NotModelled, null, tolling.Id, tolling.Statute,
                $"{tolling.Name} ({tolling.Statute}) extends the period for a claimant who was a minor; give the date of birth to apply it."));
            return lastDay;
        }

        if (tolling.Unconfirmed is { } why && !unconfirmed.Contains(tolling.Id))
        {
            unconfirmed.Add(tolling.Id);
            steps.Add(new ExplanationStep(StepKind.Caution, null, tolling.Id, tolling.Statute, $"unconfirmed: the result depends on row {tolling.Id}, whose source could not be confirmed ({why.Trim()})"));
        }

        var ageAtAccrual = Period.Between(birth, injury, PeriodUnits.Years).Years;
        if (tolling.Kind == TollingKind.AfterMajority)
        {
            var majority = birth.PlusYears(tolling.Age);
            if (injury >= majority)
            {
                steps.Add(new ExplanationStep(StepKind.Tolling, birth, tolling.Id, tolling.Statute,
                    $"born {Text.Date(birth)}, the claimant was {ageAtAccrual} on the accrual date, not a minor: no extension"));
                return lastDay;
            }

            var extended = ComputeDeadline(new DeadlineRequest(row.ComputedUnder, majority, tolling.Count, tolling.Unit, Direction.After));
            return Later(extended, $"born {Text.Date(birth)}, the claimant was a minor ({ageAtAccrual}) on the accrual date and came of age ({tolling.Age}) on {Text.Date(majority)}; "
                + $"{Text.Units(tolling.Count, tolling.Unit)} from then ends {Text.Day(extended.Due)}");
        }

        if (ageAtAccrual >= tolling.Age)
        {
            steps.Add(new ExplanationStep(StepKind.Tolling, birth, tolling.Id, tolling.Statute,
                $"born {Text.Date(birth)}, the claimant was {ageAtAccrual} on the accrual date, not under {tolling.Age}: no extension"));
            return lastDay;
        }

        // "Until his ninth birthday": the birthday is the last day, rolled like any last day under the rule set.
        var birthday = ComputeDeadline(new DeadlineRequest(row.ComputedUnder, birth.PlusYears(tolling.Birthday), 0, PeriodUnit.Days, Direction.After));
        return Later(birthday, $"born {Text.Date(birth)}, the claimant was under {tolling.Age} ({ageAtAccrual}) on the accrual date and has until the birthday at {tolling.Birthday}, {Text.Day(birthday.Due)}");

        LocalDate Later(Deadline extension, string what)
        {
            var later = extension.Due > lastDay;
            steps.Add(new ExplanationStep(StepKind.Tolling, extension.Due, tolling.Id, tolling.Statute,
                what + (later ? $", later than the ordinary last day {Text.Date(lastDay)}: it applies" : $", not later than the ordinary last day {Text.Date(lastDay)}, which stands")));
            if (!later)
            {
                return lastDay;
            }

            steps.AddRange(extension.Explanation);
            unconfirmed.AddRange(extension.Unconfirmed);
            return extension.Due;
        }
    }

    internal static RuleBook Load(Func<string, TextReader> open) => new(RuleDataLoader.Load(open), open);

    private static RuleBook LoadEmbedded()
    {
        var assembly = typeof(RuleBook).Assembly;
        return Load(file =>
        {
            var stream = assembly.GetManifestResourceStream($"Clerk.Rules.Data.{file}")
                ?? throw new InvalidDataException($"Embedded rule data '{file}' is missing from {assembly.GetName().Name}.");
            return new StreamReader(stream);
        });
    }

    private CompiledRuleSet RuleSet(string ruleSetId) =>
        _ruleSets.TryGetValue(ruleSetId, out var set)
            ? set
            : throw RulesException.Unknown(nameof(ruleSetId), "rule set", ruleSetId, RuleSetIds);

    private CompiledRuleSet Resolve(DeadlineRequest request, out ComputationRow row)
    {
        var set = RuleSet(request.RuleSetId);
        CheckYear(nameof(request.Trigger), request.Trigger.Year);
        if (request.Count < 0 || request.Count > MaxCount(request.Unit))
        {
            throw new RulesException(nameof(request.Count), request.Count.ToString(CultureInfo.InvariantCulture), [$"0..{MaxCount(request.Unit)}"],
                $"Count {request.Count} ({nameof(request.Count)}) is outside 0..{MaxCount(request.Unit)} for {request.Unit}.");
        }

        var rulesDate = request.RulesAsOf ?? request.Trigger;
        if (request.RulesAsOf is { } asOf)
        {
            CheckYear(nameof(request.RulesAsOf), asOf.Year);
        }

        row = set.RowFor(rulesDate)
            ?? throw new RulesException(nameof(request.Trigger), Text.Date(rulesDate), [],
                $"Rule set '{set.Id}' has no time-computation rule in force on {Text.Date(rulesDate)}.");
        return set;
    }

    private static int MaxCount(PeriodUnit unit) => unit switch
    {
        PeriodUnit.Days => 3650,
        PeriodUnit.Weeks => 520,
        PeriodUnit.Months => 240,
        _ => 20,
    };

    private static RulesException OutOfTable(DeadlineRequest request) =>
        new(nameof(request.Count), request.Count.ToString(CultureInfo.InvariantCulture), [$"{FirstYear}..{LastYear}"],
            $"A period of {Text.Units(request.Count, request.Unit)} {(request.Direction == Direction.After ? "after" : "before")} {Text.Date(request.Trigger)} ends outside the supported dates.");

    private static void CheckYear(string argument, int year)
    {
        if (year is < FirstYear or > LastYear)
        {
            throw RulesException.YearOutOfRange(argument, year);
        }
    }
}
