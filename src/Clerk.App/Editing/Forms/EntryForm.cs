using System.Globalization;
using Clerk.Domain;

namespace Clerk.App.Editing.Forms;

/// <summary>A docket entry: where it stands in the docket, its number and dates, and its text exactly as filed.</summary>
public sealed record EntryForm : IRecordForm
{
    /// <summary>The entry's stable key; given by Clerk when the entry is added, never changed.</summary>
    public string? Key { get; init; }

    /// <summary>Its place in the docket (1-based); when adding, blank puts it last.</summary>
    public int? Sequence { get; init; }

    /// <summary>The court's document number, if any.</summary>
    public string? Number { get; init; }

    /// <summary>The day it was filed: 2023-08-23.</summary>
    public string? Filed { get; init; }

    public string? Entered { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string>? Sources { get; init; }

    public static EntryForm From(DocketEntry x, IEnumerable<string> sources) => new()
    {
        Key = x.Key,
        Sequence = x.Sequence,
        Number = x.Number,
        Filed = x.DateFiled?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Entered = x.DateEntered?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Description = x.Description,
        Sources = [.. sources],
    };

    /// <summary>
    /// The entry the form describes. A new entry (no <paramref name="current"/>) gets the key an import
    /// would give it, made unique among the case's entries, and goes last unless a place is given.
    /// </summary>
    public DocketEntry? ToRecord(CaseId @case, DocketEntry? current, Matter matter, FieldErrors errors)
    {
        if (current is not null && FieldErrors.Optional(Key) is { } k && k != current.Key)
        {
            errors.Add(nameof(Key), $"an entry's key does not change (this is entry \"{current.Key}\")");
        }

        // Docket text is kept exactly as given: only a blank one is refused.
        if (string.IsNullOrWhiteSpace(Description))
        {
            errors.Add(nameof(Description), "is required");
        }

        var filed = errors.Day(Filed, nameof(Filed));
        var entered = errors.Day(Entered, nameof(Entered));
        if (Sequence is < 1)
        {
            errors.Add(nameof(Sequence), "a place in the docket is 1 or more");
        }

        if (errors.Any)
        {
            return null;
        }

        var entries = matter.Entries.Where(e => e.Case == @case).ToList();
        var number = FieldErrors.Optional(Number);
        var sequence = Sequence ?? current?.Sequence ?? (entries.Count == 0 ? 1 : entries.Max(e => e.Sequence) + 1);
        if (entries.FirstOrDefault(e => e.Sequence == sequence && e.Key != current?.Key) is { } other)
        {
            errors.Add(nameof(Sequence), $"place {sequence} of the docket holds another entry ({CaseDeadlineReportName(other)})");
            return null;
        }

        var key = current?.Key ?? NewKey(entries, number, filed, Description!);
        return new DocketEntry(@case, sequence, number, filed, entered, Description!, key);
    }

    private static string CaseDeadlineReportName(DocketEntry e) => Cases.CaseDeadlineReport.EntryName(e);

    private static string NewKey(List<DocketEntry> entries, string? number, NodaTime.LocalDate? filed, string description)
    {
        var taken = entries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var key = EntryKeys.Base(number, filed, description);
        var n = 1;
        while (taken.Contains(EntryKeys.Nth(key, n)))
        {
            n++;
        }

        return EntryKeys.Nth(key, n);
    }
}
