using NodaTime;

namespace Clerk.Domain;

/// <summary>
/// One line of a case's docket. <see cref="Key"/> names the entry for good: it does not change when
/// the same docket is imported again or when entries are added before it (see <see cref="EntryKeys"/>).
/// <see cref="Sequence"/> is the entry's place in the case's docket (1-based, as listed), which can
/// change when a newer report adds entries. <see cref="Number"/> is the court's document number when
/// the entry has one. The description is kept exactly as given.
/// </summary>
public sealed record DocketEntry
{
    /// <param name="key">The entry's key; null derives it from the number, or from the filing date and text (see <see cref="EntryKeys.Base"/>).</param>
    public DocketEntry(CaseId @case, int sequence, string? number, LocalDate? dateFiled, LocalDate? dateEntered, string description, string? key = null)
    {
        if (sequence < 1)
        {
            throw new DomainRuleException(new FactRef(FactKind.DocketEntry, $"{@case}#{sequence}"), "an entry's sequence starts at 1", $"sequence {sequence}");
        }

        Case = @case;
        Sequence = sequence;
        Number = number;
        DateFiled = dateFiled;
        DateEntered = dateEntered;
        Description = description;
        Key = key ?? EntryKeys.Base(number, dateFiled, description);
    }

    public CaseId Case { get; private init; }

    /// <summary>The entry's stable name within its case, e.g. <c>n12</c> or <c>d20230823-5f0c2a91e4</c>.</summary>
    public string Key { get; private init; }

    public int Sequence { get; private init; }

    public string? Number { get; private init; }

    public LocalDate? DateFiled { get; private init; }

    public LocalDate? DateEntered { get; private init; }

    public string Description { get; private init; }

    /// <summary>The same entry at another place in its docket.</summary>
    public DocketEntry AtSequence(int sequence) => sequence == Sequence ? this : new(Case, sequence, Number, DateFiled, DateEntered, Description, Key);
}
