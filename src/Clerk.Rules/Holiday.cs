using NodaTime;

namespace Clerk.Rules;

/// <summary>A day a court calendar does not count as a court day, other than a weekend.</summary>
/// <param name="Date">The day observed (a Saturday holiday observed on Friday gives the Friday).</param>
/// <param name="Name">The holiday's name; "(observed)" when moved off its weekend date.</param>
/// <param name="Authority">The statute, rule or order that makes the day a holiday.</param>
/// <param name="IsClosure">True for a dated one-off closure rather than a recurring holiday.</param>
public sealed record Holiday(LocalDate Date, string Name, string Authority, bool IsClosure = false)
{
    /// <summary>The id of the data row that makes the day a holiday (<c>juneteenth</c>, <c>closure-2019-12-24</c>).</summary>
    public string RowId { get; init; } = "";

    /// <summary>Why the row could not be confirmed against its primary text, or null when it was.</summary>
    public string? Unconfirmed { get; init; }
}
