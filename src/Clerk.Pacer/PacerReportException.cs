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
}
