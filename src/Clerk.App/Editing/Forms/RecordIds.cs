using System.Globalization;
using Clerk.Domain;

namespace Clerk.App.Editing.Forms;

/// <summary>Ids of facts added through a form: the one given, or the case's id with the kind and a number.</summary>
internal static class RecordIds
{
    /// <summary>
    /// The id for a fact: an existing fact keeps its own (a different one is an error), a new fact takes
    /// the one given or <c>{case}-{noun}-{n}</c> with the first free n. An id of another fact is an error.
    /// </summary>
    public static string Of(string? given, string? current, CaseId @case, string noun, IEnumerable<string> taken, FieldErrors errors)
    {
        var asked = FieldErrors.Optional(given);
        if (current is not null)
        {
            if (asked is not null && asked != current)
            {
                errors.Add("Id", $"a {noun}'s id does not change (this is {noun} \"{current}\")");
            }

            return current;
        }

        var used = taken.ToHashSet(StringComparer.Ordinal);
        if (asked is not null)
        {
            if (used.Contains(asked))
            {
                errors.Add("Id", $"another {noun} has the id \"{asked}\"");
            }

            return asked;
        }

        for (var n = 1; ; n++)
        {
            var id = $"{@case}-{noun}-{n.ToString(CultureInfo.InvariantCulture)}";
            if (!used.Contains(id))
            {
                return id;
            }
        }
    }
}
