using NodaTime;

namespace Clerk.Rules;

/// <summary>A day the computation passed over because the court does not count it: a weekend, a holiday of its
/// calendar (named, with authority), or a dated closure.</summary>
public sealed record SkippedDay(LocalDate Date, string Reason);
