namespace Clerk.Rules;

/// <summary>
/// A request the rule book cannot answer: an unknown id or a date outside the supported years. Names the argument,
/// the value given and the values accepted, so a caller can report exactly which input was wrong.
/// </summary>
public sealed class RulesException : Exception
{
    public RulesException(string argument, string value, IReadOnlyList<string> accepted, string message)
        : base(message)
    {
        Argument = argument;
        Value = value;
        Accepted = accepted;
    }

    public RulesException()
        : this("", "", [], "Invalid rules request.")
    {
    }

    public RulesException(string message)
        : this("", "", [], message)
    {
    }

    public RulesException(string message, Exception innerException)
        : base(message, innerException)
    {
        Argument = "";
        Value = "";
        Accepted = [];
    }

    /// <summary>The parameter that was wrong, e.g. <c>ruleSetId</c>, <c>calendarId</c>, <c>claimKind</c>, <c>year</c>.</summary>
    public string Argument { get; }

    /// <summary>The value given.</summary>
    public string Value { get; }

    /// <summary>The values accepted (ids), or the accepted range as one entry (e.g. <c>1990..2100</c>).</summary>
    public IReadOnlyList<string> Accepted { get; }

    internal static RulesException Unknown(string argument, string what, string value, IReadOnlyList<string> accepted) =>
        new(argument, value, accepted,
            $"Unknown {what} '{value}' ({argument}); accepted: {(accepted.Count == 0 ? "none" : string.Join(", ", accepted))}.");

    internal static RulesException YearOutOfRange(string argument, int year) =>
        new(argument, year.ToString(System.Globalization.CultureInfo.InvariantCulture), [$"{RuleBook.FirstYear}..{RuleBook.LastYear}"],
            $"Year {year} ({argument}) is outside the supported years; accepted: {RuleBook.FirstYear}..{RuleBook.LastYear}.");
}
