namespace Clerk.Rules.Explanation;

/// <summary>What a step of an explanation records. The JSON name of each kind is its kebab-case form.</summary>
public enum StepKind
{
    /// <summary>The catalogue rule the period comes from, when it was asked for by name.</summary>
    Catalogue,

    /// <summary>The time-computation rule row in force and the date that chose it.</summary>
    Rule,

    /// <summary>A warning the reader must act on: a row whose text was not confirmed, a date a closure may move.</summary>
    Caution,

    /// <summary>The trigger, which is never counted.</summary>
    Start,

    /// <summary>Which calendars supply the legal holidays of this period.</summary>
    Calendar,

    /// <summary>A period counted every day; <see cref="ExplanationStep.Date"/> is its last day before any roll.</summary>
    Count,

    /// <summary>A period stated in hours, every hour counting; <see cref="ExplanationStep.Date"/> and
    /// <see cref="ExplanationStep.Time"/> are where it would end before any roll.</summary>
    CountHours,

    /// <summary>A short period counted in court days only.</summary>
    CountCourtDays,

    /// <summary>One court day counted in a short period (<see cref="ExplanationStep.Days"/> is its number).</summary>
    CountedDay,

    /// <summary>A day excluded while counting a short period.</summary>
    Exclude,

    /// <summary>A day passed over while rolling the last day.</summary>
    Skip,

    /// <summary>The last day rolled to the next (or previous) court day.</summary>
    Roll,

    /// <summary>The last day is a court day: nothing to roll.</summary>
    NoRoll,

    /// <summary>Days added for the method of service.</summary>
    ServiceDays,

    /// <summary>The method of service adds no days, and why.</summary>
    NoServiceDays,

    /// <summary>The due date.</summary>
    Due,

    /// <summary>The limitation period of a claim and its statute.</summary>
    Limitation,

    /// <summary>The day a claim accrued and the rule set that computes its last day.</summary>
    Accrual,

    /// <summary>A period that does not run while the claimant is a minor, or is extended after.</summary>
    Tolling,

    /// <summary>A note the data records beside a row.</summary>
    Note,

    /// <summary>What the computation does not take into account.</summary>
    NotModelled,

    /// <summary>A filing date measured against the last day.</summary>
    Filing,
}
