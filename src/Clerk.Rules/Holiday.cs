using NodaTime;

namespace Clerk.Rules;

/// <summary>A day a court calendar does not count as a court day, other than a weekend.</summary>
/// <param name="Date">The day observed (a Saturday holiday observed on Friday gives the Friday).</param>
/// <param name="Name">The holiday's name; "(observed)" when moved off its weekend date.</param>
/// <param name="Authority">The statute, rule or order that makes the day a holiday.</param>
/// <param name="IsClosure">True for a dated one-off closure rather than a recurring holiday.</param>
public sealed record Holiday(LocalDate Date, string Name, string Authority, bool IsClosure = false);
