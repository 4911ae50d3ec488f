using NodaTime;

namespace Clerk.Domain;

/// <summary>
/// One line of a case's docket. <see cref="Sequence"/> orders entries within the case (1-based, as
/// listed); <see cref="Number"/> is the court's document number when the entry has one. The
/// description is kept exactly as given.
/// </summary>
public sealed record DocketEntry
{
    public DocketEntry(CaseId @case, int sequence, string? number, LocalDate? dateFiled, LocalDate? dateEntered, string description)
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
    }

    public CaseId Case { get; private init; }

    public int Sequence { get; private init; }

    public string? Number { get; private init; }

    public LocalDate? DateFiled { get; private init; }

    public LocalDate? DateEntered { get; private init; }

    public string Description { get; private init; }
}
