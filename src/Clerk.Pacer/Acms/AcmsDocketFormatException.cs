namespace Clerk.Pacer.Acms;

/// <summary>
/// The input was meant as an ACMS docket (a JSON object) but cannot be read as one: the JSON is
/// malformed or truncated, or a field has the wrong shape. <see cref="Exception.Message"/>
/// is one line naming the place or field at fault.
/// </summary>
public sealed class AcmsDocketFormatException : PacerReportException
{
    public AcmsDocketFormatException()
    {
    }

    public AcmsDocketFormatException(string message)
        : base(message)
    {
    }

    public AcmsDocketFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The JSON path of the offending field, when one field is at fault ("docketInfo.docketEntries[3].entryNumber").</summary>
    public string? Field { get; init; }
}
