using Clerk.Domain;
using NodaTime;

namespace Clerk.Store.History;

/// <summary>
/// One change to one record, kept for good: who made it, when, and the record as JSON before and
/// after (<see cref="Before"/> is null when the record was added, <see cref="After"/> when it was
/// removed). Not tied to the case by a foreign key: a record's history outlives the record.
/// </summary>
public sealed record ChangeRow
{
    /// <summary>Ascending in the order changes were made.</summary>
    public long Id { get; init; }

    /// <summary>The case the record belongs to; null for records outside any case (a source).</summary>
    public CaseId? Case { get; init; }

    /// <summary>The record, named as citations name facts (<c>Motion rust-civil-dismiss</c>); a source is <see cref="FactKind.Source"/>.</summary>
    public required FactRef Fact { get; init; }

    /// <summary>Who made the change: an account's e-mail address, or <c>clerk</c> for the command line.</summary>
    public required string Actor { get; init; }

    public required Instant At { get; init; }

    public string? Before { get; init; }

    public string? After { get; init; }
}
