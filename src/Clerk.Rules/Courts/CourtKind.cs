namespace Clerk.Rules.Courts;

/// <summary>What kind of court a row of <c>courts.yaml</c> is.</summary>
public enum CourtKind
{
    /// <summary>A United States district court (or a territorial court with its jurisdiction).</summary>
    District,

    /// <summary>A United States bankruptcy court, a unit of its district court.</summary>
    Bankruptcy,

    /// <summary>A United States court of appeals (the circuits, the Federal Circuit, Veterans Claims).</summary>
    Appellate,

    /// <summary>A bankruptcy appellate panel of a circuit.</summary>
    Bap,

    /// <summary>A national trial court: the Court of International Trade, the Court of Federal Claims.</summary>
    National,

    /// <summary>The Judicial Panel on Multidistrict Litigation.</summary>
    Panel,

    /// <summary>A state trial court.</summary>
    StateTrial,

    /// <summary>A state appellate court.</summary>
    StateAppellate,
}
