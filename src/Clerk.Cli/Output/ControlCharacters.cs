using System.Text;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Clerk.Cli.Output;

/// <summary>
/// Shows control characters in text for people as visible symbols, so a name from a docket or a
/// matter file that holds ESC or OSC sequences cannot recolour, retitle or rewrite the terminal.
/// Stored text keeps what the source had; JSON escapes these characters itself.
/// </summary>
/// <remarks>
/// Applied as a render hook, to the text of every segment Spectre draws after layout and before
/// its own escape codes are added (those come from styles, not from segment text), so every
/// command's terminal output passes through this one place and none of Spectre's styling is lost.
/// </remarks>
internal sealed class ControlCharacters : IRenderHook
{
    public IEnumerable<IRenderable> Process(RenderOptions options, IEnumerable<IRenderable> renderables) =>
        renderables.Select(r => (IRenderable)new Shown(r));

    /// <summary>
    /// C0 controls as their Unicode control pictures (ESC as ␛, BEL as ␇), one column wide like the
    /// character they stand for; DEL and the C1 controls (0x9B is a CSI to some terminals) as \u escapes.
    /// Line breaks and tabs are layout and stay; a carriage return, which can overwrite a line, is shown.
    /// </summary>
    public static string Visible(string text)
    {
        if (!text.Any(IsShown))
        {
            return text;
        }

        var shown = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (!IsShown(c))
            {
                shown.Append(c);
            }
            else if (c < 0x20)
            {
                shown.Append((char)(0x2400 + c));
            }
            else
            {
                shown.Append($"\\u{(int)c:x4}");
            }
        }

        return shown.ToString();
    }

    private static bool IsShown(char c) => char.IsControl(c) && c is not '\n' and not '\t';

    private sealed class Shown(IRenderable inner) : IRenderable
    {
        public Measurement Measure(RenderOptions options, int maxWidth) => inner.Measure(options, maxWidth);

        public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) =>
            inner.Render(options, maxWidth).Select(s => s.IsControlCode || s.IsLineBreak ? s : new Segment(Visible(s.Text), s.Style));
    }
}
