using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.EventEmitters;

namespace Clerk.Store.MatterFiles;

/// <summary>
/// Chooses how each text is written in a YAML matter file so that it reads back as exactly that text:
/// YamlDotNet alone writes <c>null</c>, <c>~</c>, <c>no</c> and the like unquoted (read back as no
/// value, or by other YAML tools as a boolean), folds lines, and writes a carriage return or a
/// Unicode line separator raw, where a reader turns them into line feeds.
/// </summary>
internal sealed class ExactScalars(IEventEmitter next) : ChainedEventEmitter(next)
{
    // YAML 1.1 booleans: still what many YAML tools read these words as.
    private static readonly HashSet<string> Booleans = new(StringComparer.OrdinalIgnoreCase) { "y", "yes", "n", "no", "on", "off", "true", "false" };

    public override void Emit(ScalarEventInfo eventInfo, IEmitter emitter)
    {
        if (eventInfo.Source.Value is string text)
        {
            if (text.Any(NeedsEscape) || Booleans.Contains(text) || (text.Length > 0 && string.IsNullOrWhiteSpace(text)))
            {
                eventInfo.Style = ScalarStyle.DoubleQuoted;
            }
            else if (text.Contains('\n', StringComparison.Ordinal))
            {
                // Kept line for line, as a docket entry or a report was written; folding would change it.
                // Lines with spaces at either end, or an empty first line, are where literal blocks go
                // wrong (YamlDotNet writes some it cannot read back): those texts are written escaped.
                eventInfo.Style = text.Split('\n').Any(l => l.StartsWith(' ') || l.EndsWith(' ')) || text[0] == '\n'
                    ? ScalarStyle.DoubleQuoted
                    : ScalarStyle.Literal;
            }
        }

        base.Emit(eventInfo, emitter);
    }

    /// <summary>The serializer every YAML matter file is written with; the other special values (null, numbers, indicators) YamlDotNet quotes itself.</summary>
    public static ISerializer Serializer { get; } = new SerializerBuilder()
        .DisableAliases()
        .WithQuotingNecessaryStrings()
        .WithEventEmitter(inner => new ExactScalars(inner))
        .Build();

    private static bool NeedsEscape(char c) =>
        (char.IsControl(c) && c != '\n') || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\uFEFF';
}
