using Clerk.Domain;
using NodaTime;

namespace Clerk.App.Timelines;

/// <summary>What a timeline item stands for; a front end styles each kind its own way.</summary>
public enum TimelineItemKind
{
    Incident,
    Filed,
    Entry,
    Motion,
    Ruling,
    Charge,
    Statement,
    Deadline,
    /// <summary>The days from a claim's accrual to the last day to sue (a range).</summary>
    LimitationWindow,
}

/// <summary>
/// One dated fact on a timeline. <see cref="Start"/> and <see cref="End"/> are the days it covers: one day for an
/// exact date, the whole range for a partly known date ("about 2023-02" covers February) or a period (the
/// limitation window). <see cref="Source"/> is the first source the fact cites, the place the item links to;
/// null when the fact cites none.
/// </summary>
/// <param name="DateText">The date as the record states it ("2023-08-23", "about 2023-02").</param>
/// <param name="Label">Short text beside the marker.</param>
/// <param name="Text">The whole text, for a tooltip or a reader.</param>
/// <param name="Fact">The fact the item shows, so the page can point at its own row.</param>
/// <param name="Case">The case the fact belongs to; null for an incident.</param>
public sealed record TimelineItem(
    TimelineItemKind Kind,
    LocalDate Start,
    LocalDate End,
    string DateText,
    string Label,
    string Text,
    FactRef Fact,
    CaseId? Case,
    SourceId? Source)
{
    /// <summary>True when the item covers more than one day.</summary>
    public bool IsRange => End > Start;
}

/// <summary>An item placed on its lane: <see cref="X"/> and <see cref="XEnd"/> are fractions of the width (0 to 1);
/// <see cref="Row"/> is the line of the lane its label sits on; <see cref="ShowLabel"/> is false when no line had room.</summary>
public sealed record PlacedItem(TimelineItem Item, double X, double XEnd, int Row, bool ShowLabel);
