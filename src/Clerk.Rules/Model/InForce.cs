using NodaTime;

namespace Clerk.Rules.Model;

/// <summary>The days a row of law applies to: from the first to the last, inclusive; open-ended when the last is null.</summary>
public sealed record InForce(LocalDate From, LocalDate? To)
{
    public bool Covers(LocalDate date) => date >= From && (To is not { } to || date <= to);

    public override string ToString() =>
        To is not { } to ? $"in force from {Text.Date(From)}" : $"in force {Text.Date(From)} to {Text.Date(to)}";
}
