using System.Globalization;
using System.Text;
using Clerk.App.Imports;
using Clerk.Pacer;
using Clerk.Pacer.Mapping;

/// <summary>
/// Writes real-shaped dockets for import benchmarks: copies of the fixture dockets, each under a
/// docket number of its own (the last run of digits in the number is changed), so every copy is a
/// new case of the same shape and size as a real one.
/// </summary>
internal static class DocketCopies
{
    /// <summary>Writes <paramref name="count"/> copies into <paramref name="outDir"/>; returns how many entries they hold.</summary>
    public static long Write(string fixtures, string outDir, int count)
    {
        Directory.CreateDirectory(outDir);
        var originals = Directory.EnumerateFiles(fixtures, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => (Path: f, Text: File.ReadAllText(f, Encoding.UTF8)))
            .Select(f => (f.Path, f.Text, Docket: PacerDocketParser.Parse(Encoding.UTF8.GetBytes(f.Text), PacerDocketParser.CourtIdFromFileName(f.Path)).Docket))
            .Where(f => f.Docket is { Truncation: null })
            .Select(f => (f.Path, f.Text, Matter: DocketMapper.ToMatter(f.Docket!, DocketImporter.ReportSource(f.Path, [])).Matter))
            .Select(f => (f.Path, f.Text, f.Matter.Cases[0].Court.Value, DocketNumber: f.Matter.Cases[0].DocketNumber ?? "", f.Matter.Entries.Count))
            .Where(f => f.DocketNumber.Length > 0 && f.Text.Contains(f.DocketNumber, StringComparison.Ordinal))
            .ToList();
        if (originals.Count == 0)
        {
            throw new InvalidOperationException($"no docket reports in {fixtures}");
        }

        var taken = new HashSet<string>(originals.Select(o => o.Value + " " + o.DocketNumber));
        long entries = 0;
        for (var i = 0; i < count; i++)
        {
            var (path, text, court, docketNumber, entryCount) = originals[i % originals.Count];
            var number = NewNumber(docketNumber, i / originals.Count + 1, n => taken.Add(court + " " + n));
            var name = $"{PacerDocketParser.CourtIdFromFileName(path)}_copy{i.ToString(CultureInfo.InvariantCulture)}.html";
            File.WriteAllText(Path.Combine(outDir, name), text.Replace(docketNumber, number, StringComparison.Ordinal), Encoding.UTF8);
            entries += entryCount;
        }

        return entries;
    }

    // The number with its last run of digits replaced by another of the same width, the first one
    // from copy's turn on that no other docket of the court has.
    private static string NewNumber(string number, int copy, Func<string, bool> free)
    {
        var end = number.Length;
        while (end > 0 && !char.IsAsciiDigit(number[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsAsciiDigit(number[start - 1]))
        {
            start--;
        }

        var width = Math.Max(end - start, 5);
        var modulus = (long)Math.Pow(10, width);
        var original = start < end ? long.Parse(number.AsSpan(start, end - start), CultureInfo.InvariantCulture) : 0;
        for (long step = copy; ; step += 1000)
        {
            var digits = ((original + (step * 7919)) % modulus).ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
            var candidate = string.Concat(number.AsSpan(0, start), digits, number.AsSpan(end));
            if (free(candidate))
            {
                return candidate;
            }
        }
    }
}
