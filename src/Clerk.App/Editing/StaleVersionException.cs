namespace Clerk.App.Editing;

/// <summary>
/// A write named a version of the record that is no longer current (someone changed it since it was
/// read); nothing was written. The API answers 412, a page shows the current record.
/// </summary>
public sealed class StaleVersionException(string current)
    : Exception("the record was changed since it was read: read it again and reapply the change")
{
    /// <summary>The record's current version.</summary>
    public string Current { get; } = current;
}
