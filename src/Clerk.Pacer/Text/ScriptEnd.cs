namespace Clerk.Pacer.Text;

/// <summary>
/// Where a script's text ends, by the standard's script-data states: at the first
/// <c>&lt;/script</c> followed by whitespace, <c>/</c> or <c>&gt;</c>, except inside an escaped
/// comment (<c>&lt;!--</c> … <c>--&gt;</c>) that opened another <c>&lt;script</c>, where the first
/// such end tag closes only that inner one ("double escaped").
/// </summary>
internal static class ScriptEnd
{
    private enum State
    {
        Data,
        Escaped,
        DoubleEscaped,
    }

    /// <summary>
    /// The position of the <c>&lt;</c> that begins the end tag of a script whose text starts at
    /// <paramref name="from"/>, or -1 when the script runs to the end of the file.
    /// </summary>
    /// <param name="html">The markup.</param>
    /// <param name="from">Where the script's text starts.</param>
    /// <param name="name">The element's name (<c>script</c>).</param>
    public static int Find(string html, int from, string name)
    {
        var state = State.Data;
        int dashes = 0;
        for (int i = from; i < html.Length; i++)
        {
            char c = html[i];
            if (c == '-')
            {
                dashes++;
                continue;
            }

            // "-->" ends an escaped comment, double-escaped or not ("<!-->" among them).
            if (c == '>' && dashes >= 2 && state != State.Data)
            {
                state = State.Data;
                dashes = 0;
                continue;
            }

            dashes = 0;
            if (c != '<')
            {
                continue;
            }

            if (state == State.Data && string.CompareOrdinal(html, i + 1, "!--", 0, 3) == 0)
            {
                state = State.Escaped;
                // The two dashes of "<!--" count towards a "-->" that follows at once.
                dashes = 2;
                i += 3;
                continue;
            }

            bool end = i + 1 < html.Length && html[i + 1] == '/';
            int nameAt = end ? i + 2 : i + 1;
            if (!NameFollows(html, nameAt, name))
            {
                continue;
            }

            switch (state)
            {
                case State.Data when end:
                case State.Escaped when end:
                    return i;
                case State.Escaped:
                    state = State.DoubleEscaped;
                    break;
                case State.DoubleEscaped when end:
                    state = State.Escaped;
                    break;
            }

            i = nameAt + name.Length - 1;
        }

        return -1;
    }

    // The name, in any case, followed by whitespace, '/' or '>'.
    private static bool NameFollows(string html, int at, string name) =>
        at + name.Length < html.Length
        && html.AsSpan(at, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
        && html[at + name.Length] is '\t' or '\n' or '\f' or ' ' or '/' or '>';
}
