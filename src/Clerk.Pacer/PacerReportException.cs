namespace Clerk.Pacer;

/// <summary>
/// A report that cannot be read at all: malformed ACMS JSON, markup nested deeper than any docket
/// report. <see cref="Exception.Message"/> is one line naming the place at fault (a line of the
/// file, a JSON path) and what was expected; the caller adds the file name.
/// </summary>
public class PacerReportException : FormatException
{
    public PacerReportException()
    {
    }

    public PacerReportException(string message)
        : base(message)
    {
    }

    public PacerReportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The line of the report at fault (from 1), when the problem has one; the message then starts with it.</summary>
    public int? Line { get; private init; }

    /// <summary>The problem without its place.</summary>
    public string Problem { get; private init; } = "";

    /// <summary>An exception for a problem at <paramref name="line"/> of the report: "line 812: <paramref name="problem"/>".</summary>
    public static PacerReportException AtLine(int line, string problem) =>
        new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"line {line}: {problem}")) { Line = line, Problem = problem };

    /// <summary>
    /// The same problem found in a part of the report that starts at line <paramref name="firstLine"/>
    /// (a batch of entry rows read apart): its line counted from the report's start.
    /// </summary>
    public PacerReportException InReportFrom(int firstLine) =>
        Line is { } line
            ? new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"line {line + firstLine - 1}: {Problem}")) { Line = line + firstLine - 1, Problem = Problem }
            : this;
}
