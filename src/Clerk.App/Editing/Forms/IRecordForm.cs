namespace Clerk.App.Editing.Forms;

/// <summary>A form of a fact that cites sources.</summary>
public interface IRecordForm
{
    /// <summary>
    /// The ids of the sources the fact cites. Adding a fact needs at least one; an update that gives
    /// none keeps the fact's citations, one that gives some makes them the fact's citations.
    /// </summary>
    IReadOnlyList<string>? Sources { get; }
}
