using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Clerk.Store.MatterFiles;

/// <summary>
/// Turns matter text into one YAML tree, refusing with a line what YamlDotNet would crash or
/// blow up on. The text is first walked as a stream of events, which YamlDotNet does without
/// recursion, and only text that passes is built into a tree (which YamlDotNet builds recursively).
/// </summary>
internal static class MatterYaml
{
    /// <summary>
    /// Deeper than any matter file needs (a case's charge history is five levels down); deep enough
    /// that the recursive tree builder stays far from the end of the stack.
    /// </summary>
    public const int MaxDepth = 64;

    public static YamlNode Load(string text, string file)
    {
        Check(text, file);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw Refused(file, (int)e.Start.Line, NotYaml(e));
        }

        return stream.Documents[0].RootNode;
    }

    private static void Check(string text, string file)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        var documents = 0;
        var line = 1;
        try
        {
            while (parser.MoveNext())
            {
                var e = parser.Current!;
                line = (int)e.Start.Line;
                switch (e)
                {
                    case AnchorAlias alias:
                        // Aliases let a small file expand into a huge one; matter files never need them.
                        throw Refused(file, line, $"an alias (*{alias.Value}) is not allowed in a matter file: write the value out");
                    case NodeEvent { Anchor.IsEmpty: false } node:
                        throw Refused(file, line, $"an anchor (&{node.Anchor}) is not allowed in a matter file: write the value out where it is used");
                    case DocumentStart:
                        documents++;
                        break;
                }

                depth += e.NestingIncrease;
                if (depth > MaxDepth)
                {
                    throw Refused(file, line, $"lists and mappings nested more than {MaxDepth} deep; a matter file needs far fewer");
                }
            }
        }
        catch (YamlException e)
        {
            throw Refused(file, (int)e.Start.Line, NotYaml(e));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some broken text (an unclosed flow list before a
            // blank line) instead of with a YamlException; the last event read is the nearest place known.
            throw Refused(file, line, "not valid YAML: the text after this line cannot be read (an unclosed [ or { ?)");
        }

        if (documents != 1)
        {
            throw Refused(file, 1, $"expected one YAML document, found {documents}");
        }
    }

    private static string NotYaml(YamlException e) => $"not valid YAML: {e.InnerException?.Message ?? e.Message}";

    private static MatterFileException Refused(string file, int line, string message) => new([new MatterFileError(file, line, message)]);
}
