using Clerk.Rules.Calendars;
using Clerk.Rules.Explanation;
using Clerk.Rules.Model;
using NodaTime;

namespace Clerk.Rules.Computation;

/// <summary>
/// The explanation being written for one computation: its steps, the days passed over, and what the result depends on
/// that a reader must check (rows whose source could not be confirmed; closures by order). One place for that
/// bookkeeping, whether the period is counted in days or in hours.
/// </summary>
internal sealed class Trail
{
    private readonly List<ExplanationStep> _cautions = [];

    public List<ExplanationStep> Steps { get; } = [];

    public List<SkippedDay> Skipped { get; } = [];

    public List<string> Unconfirmed { get; } = [];

    public bool VerifyClosure { get; private set; }

    public void Add(ExplanationStep step) => Steps.Add(step);

    /// <summary>Notes that the result depends on row <paramref name="id"/>; a caution when the row is unconfirmed.</summary>
    public void DependsOn(string id, string? citation, string? unconfirmed)
    {
        if (unconfirmed is not null && !Unconfirmed.Contains(id))
        {
            Unconfirmed.Add(id);
            _cautions.Add(new ExplanationStep(StepKind.Caution, null, id, citation, $"unconfirmed: the result depends on row {id}, whose source could not be confirmed ({unconfirmed.Trim()})"));
        }
    }

    /// <summary>Writes down a day passed over, and what the holiday or closure behind it makes the result depend on.</summary>
    public void Skip(CourtDayTable table, StepKind kind, LocalDate date, string why)
    {
        if (table.HolidayOn(date) is { } holiday)
        {
            DependsOn(holiday.RowId, holiday.Authority, holiday.Unconfirmed);
            if (holiday.IsClosure && !VerifyClosure)
            {
                VerifyClosure = true;
                _cautions.Add(new ExplanationStep(StepKind.Caution, date, holiday.RowId, holiday.Authority,
                    $"possible date: verify. {holiday.Name} on {Text.Date(date)} ({holiday.Authority}) moved this date. The data reads a closure of the executive departments by order as a day "
                    + "declared a holiday (Fed. R. Civ. P. 6(a)(6)(B)); that reading is contested (Latham v. Dominick's Finer Foods, 149 F.3d 673 (7th Cir. 1998), turned on whether the court itself was closed). Check the court's own closure notice."));
            }
        }

        Skipped.Add(new SkippedDay(date, why));
        Steps.Add(new ExplanationStep(kind, date, null, null, why));
    }

    /// <summary>Flags a due date that falls on a closure the data does not treat as a holiday (a half-day closure).</summary>
    public void CheckUnappliedClosures(CompiledRuleSet set, LocalDate due)
    {
        foreach (var closure in set.UnappliedClosures.Where(c => c.Date == due))
        {
            VerifyClosure = true;
            _cautions.Add(new ExplanationStep(StepKind.Caution, closure.Date, closure.Id, closure.Authority,
                $"possible date: verify. The due date is the day of {closure.Name} ({closure.Authority}), which the data does not treat as a legal holiday; check whether the court was open."));
        }
    }

    /// <summary>Ends the trail with the due step. Cautions stand right under the rule row, where a reader looks first,
    /// whichever step gave rise to them.</summary>
    public List<ExplanationStep> Finish(ExplanationStep due)
    {
        Steps.InsertRange(Steps.FindIndex(s => s.Kind == StepKind.Rule) + 1, _cautions);
        Steps.Add(due);
        return Steps;
    }
}
