using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Clerk.Domain;
using Clerk.Store.MatterFiles;
using NodaTime;
using NodaTime.Text;

namespace Clerk.Store.SourceFiles;

/// <summary>
/// A dated news report stored as text: the file begins with <c>date YYYY-MM-DD</c> (leading spaces
/// allowed), and everything after the date, on that line and the lines below, is the report's text.
/// </summary>
public static class NewsReportFile
{
    /// <summary>Reads a report file into a <see cref="Source"/> of kind news report.</summary>
    /// <param name="id">The source id; by default the publisher and date with a short hash of the text, so adding the same file twice names the same source.</param>
    /// <exception cref="SourceFileException">The file cannot be read, has no date header, or its date does not exist.</exception>
    public static Source Read(string path, string publisher, string? title = null, string? id = null)
    {
        if (id is not null && string.IsNullOrWhiteSpace(id))
        {
            throw new SourceFileException(path, 0, "the id is empty (--id \"\"); give an id facts can cite, or leave --id out for the default");
        }

        if (!TextFile.TryRead(path, out var content, out var line, out var problem))
        {
            throw new SourceFileException(path, line, problem);
        }

        var (date, text) = Parse(content, path);
        if (string.IsNullOrWhiteSpace(publisher))
        {
            throw new SourceFileException(path, 0, "a publisher is required (--publisher NAME)");
        }

        id ??= $"{Slug(publisher)}-{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..6]}";
        return new Source(new SourceId(id), SourceKind.NewsReport, publisher.Trim(), title ?? FirstSentence(text), date, Path.GetFullPath(path), text);
    }

    /// <summary>Splits report text into its date and body.</summary>
    public static (LocalDate Date, string Text) Parse(string content, string file)
    {
        var s = content.TrimStart('\uFEFF', ' ', '\t');
        var lineEnd = s.IndexOf('\n', StringComparison.Ordinal);
        var firstLine = lineEnd < 0 ? s : s[..lineEnd];
        var parts = firstLine.TrimEnd('\r').Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || parts[0] != "date")
        {
            throw new SourceFileException(file, 1, "expected the first line to begin with \"date YYYY-MM-DD\"");
        }

        var result = LocalDatePattern.Iso.Parse(parts[1]);
        if (!result.Success)
        {
            throw new SourceFileException(file, 1, $"expected a date that exists as YYYY-MM-DD after \"date\", got \"{parts[1]}\"");
        }

        var rest = (parts.Length > 2 ? parts[2] : "") + (lineEnd < 0 ? "" : s[lineEnd..]);
        var text = rest.Trim();
        if (text.Length == 0)
        {
            throw new SourceFileException(file, 1, "expected the report's text after the date line; the file has none");
        }

        return (result.Value, text);
    }

    private static string Slug(string text) =>
        string.Join('-', new string([.. text.ToLowerInvariant().Select(ch => char.IsAsciiLetterOrDigit(ch) ? ch : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string FirstSentence(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length <= 120 ? line : line[..117] + "...";
    }
}

/// <summary>A source file was refused: which file, which line (0 when not about a line), and what was expected.</summary>
public sealed class SourceFileException(string file, int line, string problem) : Exception($"{file}:{line}: {problem}")
{
    public string File { get; } = file;

    public int Line { get; } = line;

    public string Problem { get; } = problem;
}
