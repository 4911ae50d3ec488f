using Clerk.Rules.Explanation;
using NodaTime;

namespace Clerk.Rules;

/// <summary>
/// A limitation period applied to one claim: its last day and, when the filing date is known (exactly or as a
/// range), whether the filing was timely and by how many days.
/// </summary>
/// <param name="Statute">The statute that sets the period.</param>
/// <param name="LastDay">The last day to file, after rolling past a weekend or court holiday.</param>
/// <param name="Timely">True when every possible filing date is on or before <paramref name="LastDay"/>, false when
/// none is; null when no filing date was given or the range straddles the last day.</param>
/// <param name="MarginDaysMin">Days from the latest possible filing date to the last day: positive means days to
/// spare, negative days late. Null without a filing date.</param>
/// <param name="MarginDaysMax">The same from the earliest possible filing date; equal to the minimum when the
/// filing date is exact.</param>
public sealed record LimitationCheck(
    string ClaimKind,
    int Count,
    PeriodUnit Unit,
    string Statute,
    LocalDate LastDay,
    IReadOnlyList<ExplanationStep> Explanation,
    bool? Timely,
    int? MarginDaysMin,
    int? MarginDaysMax)
{
    /// <summary>The explanation in English, one line per step (<see cref="StepText"/>).</summary>
    public IReadOnlyList<string> Steps => StepText.Lines(Explanation);

    /// <summary>The ids of the data rows the result depends on that could not be confirmed against their primary text.</summary>
    public IReadOnlyList<string> Unconfirmed { get; init; } = [];
}
