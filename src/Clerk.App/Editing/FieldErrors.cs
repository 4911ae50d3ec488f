using Clerk.Domain;
using Clerk.Store.MatterFiles;
using NodaTime;
using NodaTime.Text;

namespace Clerk.App.Editing;

/// <summary>
/// What is wrong with a form, field by field. Fields are named by the form's property names
/// (<c>Filed</c>, <c>Ruling.Date</c>); the API writes them as its JSON names. The readers below turn a
/// field's text into a value, or note what was expected and give null.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
    }

    /// <summary>The errors, field by field, each field's in the order found.</summary>
    public IReadOnlyDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>Throws <see cref="InvalidEditException"/> when any error was noted.</summary>
    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new InvalidEditException(ToDictionary());
        }
    }

    /// <summary>The text, trimmed; an error when it is missing or blank.</summary>
    public string Required(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Add(field, "is required");
            return "";
        }

        return text.Trim();
    }

    /// <summary>The text trimmed, or null when blank.</summary>
    public static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A date as precise as known (<c>2023-08-23</c>, <c>2023-02</c>, <c>2021</c>, <c>about 2023-02</c>), or null when blank.</summary>
    public PartialDate? PartialDate(string? text, string field)
    {
        if (Optional(text) is not { } s)
        {
            return null;
        }

        if (Domain.PartialDate.TryParse(s, out var date, out var error))
        {
            return date;
        }

        Add(field, $"expected a date such as 2023-08-23, 2023-08 or 2023 ({error})");
        return null;
    }

    /// <summary>An exact day (<c>2023-08-23</c>), or null when blank.</summary>
    public LocalDate? Day(string? text, string field)
    {
        if (Optional(text) is not { } s)
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(s);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        Add(field, $"expected a day such as 2023-08-23, not \"{s}\"");
        return null;
    }

    /// <summary>One of an enum's names as files write them (<c>granted-in-part</c>), or null when blank and not required.</summary>
    public T? Choice<T>(string? text, string field, bool required = true)
        where T : struct, Enum
    {
        if (Optional(text) is not { } s)
        {
            if (required)
            {
                Add(field, $"is required: one of {string.Join(", ", Kebab.Names<T>())}");
            }

            return null;
        }

        if (Kebab.TryParse<T>(s, out var value))
        {
            return value;
        }

        Add(field, $"expected one of {string.Join(", ", Kebab.Names<T>())}, not \"{s}\"");
        return null;
    }

    /// <summary>The non-blank items of a list, trimmed.</summary>
    public static IReadOnlyList<string> Items(IEnumerable<string?>? items) =>
        [.. (items ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim())];
}
