using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Clerk.Pacer;

namespace Clerk.Cli.Commands;

/// <summary>
/// <c>clerk pacer parse PATH... [--court ID] [--out DIR]</c>: parses docket reports into the JSON
/// shape of the conformance fixtures. Exit 3 when a single file is not a docket report.
/// </summary>
internal static class PacerCommand
{
    /// <summary>Exit code of <c>pacer parse</c> for one file that is not a docket report.</summary>
    public const int NotADocket = 3;

    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = PacerFiles.PathHelp, Arity = ArgumentArity.OneOrMore };
        var court = new Option<string?>("--court") { Description = "The PACER court id (default: the file name up to the first '_' or '.')", HelpName = "ID" };
        var output = new Option<string?>("--out") { Description = "Write DIR/<relative path>.json for each file and print a summary; two files with the same relative path are refused", HelpName = "DIR" };
        var parse = new Command("parse", "Parse PACER docket reports (district, bankruptcy, appellate HTML; ACMS JSON); the kind is told from the content")
        {
            paths, court, output,
        };
        parse.SetAction(result =>
        {
            var files = PacerFiles.Collect(result.GetValue(paths)!);
            var courtId = result.GetValue(court);
            if (result.GetValue(output) is { } dir)
            {
                return ParseAll(files, courtId, Path.GetFullPath(dir));
            }

            if (files.Count != 1)
            {
                throw new UsageException($"--out DIR is needed to parse {files.Count} files; without it, give exactly one file");
            }

            PacerParseResult parsed;
            try
            {
                parsed = PacerDocketParser.ParseFile(files[0].Path, CourtIds.For(files[0].Path, courtId));
            }
            catch (FormatException e)
            {
                Console.Error.WriteLine($"{files[0].Path}: {e.Message}");
                return ExitCodes.BadInput;
            }

            ReportPartial(files[0], parsed);
            try
            {
                using var stdout = Console.OpenStandardOutput();
                WriteJson(stdout, parsed);
            }
            catch (FormatException e)
            {
                // A large report's entries are parsed as they are written: a batch that cannot be read
                // is found part way through the JSON, which stays cut short there.
                Console.Out.Flush();
                Console.Error.WriteLine($"{files[0].Path}: {e.Message}");
                return ExitCodes.BadInput;
            }

            if (parsed.Docket is null)
            {
                Console.Error.WriteLine($"{files[0].Path}: not a docket report: {parsed.NotDocketReason}");
                return NotADocket;
            }

            return ExitCodes.Ok;
        });
        return new Command("pacer", "Read PACER docket reports") { parse };
    }

    private static int ParseAll(IReadOnlyList<ReportFile> files, string? courtId, string dir)
    {
        if (ReportFiles.OutputClashes(files) is [var clash, ..] clashes)
        {
            throw new UsageException($"--out {dir}: {clash}{(clashes.Count > 1 ? $" (and {clashes.Count - 1} more)" : "")}; parse such folders into separate --out folders");
        }

        long bytes = 0;
        int dockets = 0, notDockets = 0, errors = 0, partial = 0;
        var clock = Stopwatch.StartNew();
        var parseTicks = 0L;
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, file =>
        {
            try
            {
                // A large report is read from its file in pieces, its entries parsed as its JSON is
                // written, so that time counts as parsing too; a small one is read once and parsed.
                var size = ReportFiles.SizeOf(file.Path);
                var court = CourtIds.For(file.Path, courtId);
                var start = Stopwatch.GetTimestamp();
                var parsed = size > PacerDocketParser.LargeReportBytes ? PacerDocketParser.ParseFile(file.Path, court) : PacerDocketParser.Parse(File.ReadAllBytes(file.Path), court);
                Interlocked.Add(ref bytes, size);
                var parseEnd = Stopwatch.GetTimestamp();
                if (ReportPartial(file, parsed))
                {
                    Interlocked.Increment(ref partial);
                }

                var target = Path.Combine(dir, file.RelativePath + ".json");
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                using (var stream = File.Create(target))
                {
                    WriteJson(stream, parsed);
                }

                Interlocked.Add(ref parseTicks, (parsed.Docket?.EntriesRead == true ? Stopwatch.GetTimestamp() : parseEnd) - start);

                if (parsed.Docket is null)
                {
                    Interlocked.Increment(ref notDockets);
                }
                else
                {
                    Interlocked.Increment(ref dockets);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or InvalidOperationException or ArgumentException)
            {
                Interlocked.Increment(ref errors);
                Console.Error.WriteLine($"{file.Path}: {e.Message}");
            }
        });

        var mb = bytes / 1_000_000.0;
        var parseSeconds = (double)parseTicks / Stopwatch.Frequency;
        var wall = clock.Elapsed.TotalSeconds;
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"files {files.Count}, dockets {dockets}, not dockets {notDockets}, errors {errors}, partial {partial}, {mb:F1} MB, parse {parseSeconds:F2} s (all threads), wall {wall:F2} s, {(wall > 0 ? mb / wall : 0):F1} MB/s"));
        return errors > 0 ? ExitCodes.Failure : ExitCodes.Ok;
    }

    // A report cut short is parsed as far as it goes, and said to be partial on standard error.
    private static bool ReportPartial(ReportFile file, PacerParseResult parsed)
    {
        if (parsed.Docket?.Truncation is not { } truncation)
        {
            return false;
        }

        Console.Error.WriteLine($"{file.Path}: partial report: {truncation}");
        return true;
    }

    private static void WriteJson(Stream stream, PacerParseResult parsed)
    {
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        parsed.WriteJson(writer);
        writer.Flush();
        stream.Write("\n"u8);
    }
}
