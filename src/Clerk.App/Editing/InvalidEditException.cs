namespace Clerk.App.Editing;

/// <summary>
/// A form was refused; nothing was written. <see cref="Errors"/> names each field that is wrong (by the
/// form's property name) with what was expected, for a page to show next to the field and for the
/// API's problem details.
/// </summary>
public sealed class InvalidEditException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("the form was refused: " + string.Join("; ", errors.Select(kv => $"{kv.Key}: {string.Join(", ", kv.Value)}")))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    /// <summary>A refusal naming one field.</summary>
    public static InvalidEditException Of(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}
