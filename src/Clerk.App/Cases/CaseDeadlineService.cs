using Clerk.Domain;
using Clerk.Rules;
using Clerk.Rules.Cases;
using NodaTime;

namespace Clerk.App.Cases;

/// <summary>A case's deadlines (open, met, missed) and its claims' limitation checks, by its court's rule set.</summary>
public sealed class CaseDeadlineService(CaseReader cases, IClock clock, RuleBook? rules = null)
{
    private readonly RuleBook _rules = rules ?? RuleBook.Default;

    /// <summary>The case's deadlines judged as of <paramref name="asOf"/> (default: today in the court's time zone).</summary>
    /// <exception cref="NotFoundException">No case has the id.</exception>
    public async Task<CaseDeadlineReport> ForCaseAsync(CaseId id, LocalDate? asOf = null, CancellationToken ct = default)
    {
        var file = await cases.ReadAsync(id, ct);
        return For(file, asOf);
    }

    /// <summary>The same for a case already read, or for one case of a matter (the demo shows each of its cases).</summary>
    public CaseDeadlineReport For(CaseFile file, LocalDate? asOf = null)
    {
        var court = file.Court;
        var today = asOf ?? CourtClock.Today(clock, court);
        // A court stored without a rule set (an older import, a matter file that names none) gets the court table's.
        var ruleSet = court?.RuleSet ?? (court is null ? null : _rules.Courts.Find(court.Id.Value)?.RuleSet);
        return new CaseDeadlineReport(file, ruleSet, today,
            CaseDeadlines.For(file.Matter, file.Case.Id, _rules, ruleSet, today),
            ClaimLimitations.For(file.Matter, file.Case.Id, _rules, ruleSet));
    }
}

/// <summary>What the rules say about one case: its derived deadlines and its claims' limitation checks, as of a day.</summary>
/// <param name="RuleSetId">The rule set of the case's court; null when none is recorded (then nothing is computed).</param>
public sealed record CaseDeadlineReport(CaseFile File, string? RuleSetId, LocalDate Today, IReadOnlyList<CaseDeadline> Deadlines, IReadOnlyList<ClaimLimitation> Limitations)
{
    public Case Case => File.Case;

    /// <summary>How a docket entry is named in words: its document number, or its place in the docket.</summary>
    public static string EntryName(DocketEntry e) => e.Number ?? "#" + e.Sequence;

    /// <summary>The JSON shape of <c>clerk deadlines --json</c> and of the API.</summary>
    public object ToJson() => new
    {
        @case = Case.Id.Value,
        rules = RuleSetId,
        as_of = Iso(Today),
        deadlines = Deadlines.Select(d => new
        {
            rule = d.Rule.Id,
            name = d.Rule.Name,
            authority = d.Rule.Authority,
            trigger = d.TriggerText,
            trigger_fact = d.Trigger.ToString(),
            due = Iso(d.Deadline.Due),
            status = d.Status.ToString().ToLowerInvariant(),
            met_by = d.MetBy is { } e ? EntryName(e) : null,
            steps = ExplanationJson.Steps(d.Deadline.Explanation),
        }),
        limitations = Limitations.Select(l => new
        {
            claim = l.Claim.Id.Value,
            kind = l.Check.ClaimKind,
            statute = l.Check.Statute,
            accrued = l.Claim.Accrued?.ToString(),
            filed = l.Filed?.ToString(),
            last_day = Iso(l.Check.LastDay),
            timely = l.Check.Timely,
            margin_days = l.Check.MarginDaysMin,
            margin_days_min = l.Check.MarginDaysMin,
            margin_days_max = l.Check.MarginDaysMax,
            statements = l.Statements.Select(s => new { speaker = s.Speaker, text = s.Text }),
            steps = ExplanationJson.Steps(l.Check.Explanation),
        }),
    };

    private static string Iso(LocalDate d) => ExplanationJson.Iso(d);
}
