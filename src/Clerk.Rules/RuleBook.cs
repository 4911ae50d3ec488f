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
            .Select(set => new CompiledRuleSet(set, Table(set.CalendarId, set.StateCalendarId), Table(set.CalendarId, null), CatalogueOf(set)))
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
    /// Applies the limitation period for <paramref name="claimKind"/> to a claim that accrued on
    /// <paramref name="injury"/> and, when given, a filing date known to lie in <paramref name="filedWithin"/> (one day
    /// when exact).
    /// </summary>
    public LimitationCheck CheckLimitation(string ruleSetId, string claimKind, LocalDate injury, DateInterval? filedWithin)
    {
        _ = RuleSet(ruleSetId);
        CheckYear(nameof(injury), injury.Year);
        var rows = _limitations.Where(l => l.Claim == claimKind && l.RuleSets.Contains(ruleSetId)).ToList();
        if (rows.Count == 0)
        {
            throw RulesException.Unknown(nameof(claimKind), "claim kind", claimKind, ClaimKinds(ruleSetId));
        }

        var row = rows.FirstOrDefault(l => l.InForce.Covers(injury))
            ?? throw new RulesException(nameof(injury), Text.Date(injury), [.. rows.Select(r => r.InForce.ToString())],
                $"No limitation row for '{claimKind}' is in force on {Text.Date(injury)} ({nameof(injury)}).");

        var deadline = ComputeDeadline(new DeadlineRequest(row.ComputedUnder, injury, row.Count, row.Unit, Direction.After));
        var steps = new List<ExplanationStep>
        {
            new(StepKind.Limitation, null, row.Claim, row.Statute, row.Name) { Days = row.Count, Unit = row.Unit, InForce = row.InForce },
        };
        if (row.Notes is { } notes)
        {
            steps.Add(new ExplanationStep(StepKind.Note, null, row.Claim, row.Statute, notes.Trim()));
        }

        steps.Add(new ExplanationStep(StepKind.Accrual, injury, null, null, row.ComputedUnder));
        steps.AddRange(deadline.Explanation);
        steps.Add(new ExplanationStep(StepKind.NotModelled, null, null, null, "discovery rule, tolling (minority, incapacity, absence), notice-of-claim requirements."));

        bool? timely = null;
        int? marginMin = null, marginMax = null;
        if (filedWithin is not null)
        {
            marginMin = Period.DaysBetween(filedWithin.End, deadline.Due);
            marginMax = Period.DaysBetween(filedWithin.Start, deadline.Due);
            timely = marginMin >= 0 ? true : marginMax < 0 ? false : null;
            var filed = filedWithin.Start == filedWithin.End
                ? $"Filed {Text.Day(filedWithin.Start)}"
                : $"Filed between {Text.Date(filedWithin.Start)} and {Text.Date(filedWithin.End)}";
            steps.Add(new ExplanationStep(StepKind.Filing, filedWithin.End, null, null, timely switch
            {
                true => $"{filed}: timely, {Margin(marginMin.Value, marginMax.Value)} to spare.",
                false => $"{filed}: late by {Margin(-marginMax.Value, -marginMin.Value)}.",
                null => $"{filed}: timely only if filed on or before {Text.Date(deadline.Due)} (margin {marginMin} to {marginMax} days).",
            }));
        }

        return new LimitationCheck(row.Claim, row.Count, row.Unit, row.Statute, deadline.Due, steps, timely, marginMin, marginMax);

        static string Margin(int low, int high) => low == high
            ? Text.Units(low, PeriodUnit.Days)
            : $"{low.ToString(CultureInfo.InvariantCulture)} to {Text.Units(high, PeriodUnit.Days)}";
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
