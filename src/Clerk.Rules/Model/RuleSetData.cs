namespace Clerk.Rules.Model;

internal enum CountingMethod
{
    /// <summary>Fed. R. Civ. P. 6(a) since 2009: every day counts; the last day rolls past non-court days.</summary>
    CountEveryDay,

    /// <summary>Periods in days up to a threshold count court days only; longer periods count every day.</summary>
    ShortPeriodExclusion,
}

/// <summary>A version of a rule set's time-computation rule, with the days it governs.</summary>
internal sealed record ComputationRow(
    string Id,
    CountingMethod Method,
    int ShortPeriodMaxDays,
    bool StateHolidaysBackward,
    string Authority,
    InForce InForce,
    string? Caution,
    string? Unconfirmed,
    string? HoursAuthority);

/// <summary>A version of the rule that adds days after service by some methods.</summary>
/// <param name="Mask">One bit per method in <paramref name="Methods"/>: <c>1 &lt;&lt; (int)method</c>.</param>
internal sealed record ServiceRow(string Id, ServiceMethod[] Methods, int Mask, int Days, string Authority, InForce InForce, string? Unconfirmed)
{
    public bool Covers(ServiceMethod method) => (Mask & (1 << (int)method)) != 0;
}

/// <summary>A rule set as written in the data.</summary>
internal sealed record RuleSetData(
    string Id,
    string Name,
    string CalendarId,
    string? StateCalendarId,
    IReadOnlyList<ComputationRow> Computation,
    IReadOnlyList<ServiceRow> Service,
    IReadOnlyList<CatalogueRule> Catalogue,
    string? CatalogueIncludes);

/// <summary>A limitation period for one kind of claim.</summary>
internal sealed record LimitationRow(
    string Claim,
    string Name,
    IReadOnlyList<string> RuleSets,
    string ComputedUnder,
    int Count,
    PeriodUnit Unit,
    string Statute,
    InForce InForce,
    string? Notes,
    string? Unconfirmed,
    IReadOnlyList<TollingRule> Tolling);

/// <summary>How a limitation period changes for a claimant who was a minor when the claim accrued.</summary>
internal enum TollingKind
{
    /// <summary>The claimant has a period after reaching the age of majority (NMSA 1978 § 37-1-10).</summary>
    AfterMajority,

    /// <summary>A claimant under an age has until a later birthday (NMSA 1978 § 41-5-13).</summary>
    UntilBirthday,
}

/// <summary>A tolling rule for minors, with the ages and period it states.</summary>
/// <param name="Age">AfterMajority: the age of majority; UntilBirthday: the age under which the rule applies.</param>
/// <param name="Birthday">UntilBirthday: the birthday the claimant has until.</param>
internal sealed record TollingRule(string Id, string Name, TollingKind Kind, int Age, int Count, PeriodUnit Unit, int Birthday, string Statute, string? Unconfirmed);
