using System.Globalization;
using System.Text;
using Clerk.App.Checking;
using Clerk.App.Imports;
using Clerk.Domain;
using Clerk.Pacer;
using Clerk.Pacer.Mapping;
using Clerk.Store;
using Clerk.Store.Rows;
using Clerk.Testing;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Clerk.App.Tests;

/// <summary>
/// A district or appellate report over PacerDocketParser's size for reading in pieces has its
/// entries read from the file as the writer stores them, a slice at a time, and is stored exactly as
/// the same report held whole would be: the same entries in the same places, the same citations,
/// the same report date.
/// </summary>
public sealed class Importing_a_report_too_large_to_hold : IDisposable
{
    // Over the 4,000,000 bytes from which a report is read in pieces, and over one slice of 10,000 entries.
    private const int Rows = 17_000;

    private static readonly CaseId Njd = new("njd:2:23-cv-01194");

    private static readonly CaseId Ca1 = new("ca1:10-1095");

    // Enough appellate rows to take a report over the 4,000,000 bytes from which it is read in pieces.
    private const int AppellateRows = 12_000;

    private readonly string _folder = Directory.CreateTempSubdirectory("clerk-large-report-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>
    /// The header and parties of the fixture njd_509180.html with <see cref="Rows"/> entries, sixty a
    /// day from 1990-01-01, numbered by their row, except: entry 100 is filed on 1989-12-31 (before all
    /// the others, so it belongs first), row 200 repeats number 150, and row 300 has no number.
    /// </summary>
    private string LargeReport() => Report("njd_large.html", Enumerable.Range(1, Rows).Select(Row));

    // Row k of LargeReport: its date, its number ("" for none) and its text.
    private static (LocalDate Day, string Number, string Text) Row(int k) =>
        (k == 100 ? new LocalDate(1989, 12, 31) : new LocalDate(1990, 1, 1).PlusDays(k / 60),
         k switch { 200 => "150", 300 => "", _ => k.ToString(CultureInfo.InvariantCulture) },
         $"ORDER {k} granting Motion to Seal documents.");

    /// <summary>
    /// A later report of the same docket: entries 5,000 to 5,099 are no longer listed, every
    /// thousandth entry's text is amended, entries 20,001 to 20,050, filed on 1990-03-01, are listed
    /// after the last (so they belong far before it), and 120 entries follow, filed after it.
    /// </summary>
    private string LaterReport()
    {
        var rows = Enumerable.Range(1, Rows).Where(k => k is < 5_000 or >= 5_100).Select(k => k % 1_000 == 7 ? Row(k) with { Text = $"AMENDED ORDER {k}." } : Row(k))
            .Concat(Enumerable.Range(20_001, 50).Select(k => (new LocalDate(1990, 3, 1), k.ToString(CultureInfo.InvariantCulture), $"NOTICE {k}.")))
            .Concat(Enumerable.Range(Rows + 1, 120).Select(Row));
        return Report("njd_later.html", rows);
    }

    private string Report(string name, IEnumerable<(LocalDate Day, string Number, string Text)> rows)
    {
        var html = File.ReadAllText(Fixtures.Path("pacer-dockets", "district", "njd_509180.html"));
        int headingEnd = html.IndexOf("</tr>", html.IndexOf("Docket Text", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase) + "</tr>".Length;
        int tableEnd = html.IndexOf("</table>", headingEnd, StringComparison.OrdinalIgnoreCase);
        var sb = new StringBuilder(html[..headingEnd]);
        foreach (var (day, number, text) in rows)
        {
            var date = day.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture);
            var link = number.Length > 0 ? $"<a href=\"https://ecf.njd.uscourts.gov/doc1/1191{number.PadLeft(8, '0')}\">{number}</a>" : "";
            sb.Append(CultureInfo.InvariantCulture, $"\n<tr><td width='94' valign=top nowrap>{date}</td><td align='right'>{link}&nbsp;</td>")
                .Append(CultureInfo.InvariantCulture, $"<td valign=top>{text} Signed by Magistrate Judge Tonianne J. Bongiovanni on {date}. (jjc) (Entered: {date})</td></tr>");
        }

        sb.Append(html.AsSpan(tableEnd));
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, sb.ToString());
        return path;
    }

    /// <summary>
    /// The header and parties of the fixture ca1.html with <see cref="AppellateRows"/> orders, twenty a day from
    /// 1990-01-01, each linking its own document; every thousandth says who sat on the panel, as ca1's
    /// "CASE submitted. Panel: …" entries do (a label the header lacks).
    /// </summary>
    private string LargeAppellateReport()
    {
        var html = File.ReadAllText(Fixtures.Path("pacer-dockets", "appellate", "ca1.html"));
        const string RowsTable = "<table border=0 cellpadding=4>";
        int rowsStart = html.IndexOf(RowsTable, html.IndexOf("DOCKET ENTRIES", StringComparison.Ordinal), StringComparison.Ordinal) + RowsTable.Length;
        int rowsEnd = html.IndexOf("</tr>", html.LastIndexOf("<!-- NEED", StringComparison.Ordinal), StringComparison.Ordinal) + "</tr>".Length;
        var sb = new StringBuilder(html[..rowsStart]);
        for (var k = 1; k <= AppellateRows; k++)
        {
            var date = new LocalDate(1990, 1, 1).PlusDays((k - 1) / 20).ToString("MM/dd/yyyy", CultureInfo.InvariantCulture);
            var doc = (106_000_000_000L + k).ToString("D14", CultureInfo.InvariantCulture);
            var text = k % 1_000 == 0 ? $"CASE submitted. Panel: Sandra L. Lynch, Appellate Judge; order {k}." : $"ORDER {k} granting the motion of Appellant Gifty R. Samuels to extend time.";
            sb.Append(CultureInfo.InvariantCulture, $"\n<!-- NEED 1 -->\n\t\t<tr><td valign=top>{date}</td><td valign=top NOWRAP>\n<input type=checkbox name='d' value='{7_000_000 + k}'>\n")
                .Append(CultureInfo.InvariantCulture, $"<a HREF=\"https://ecf.ca1.uscourts.gov/docs1/{doc}\" title=\"Open Document\">x</a>\n<BR><Font size=-2>1 pg, 40.32 KB</FONT></td>")
                .Append(CultureInfo.InvariantCulture, $"<td width=90% valign=top>{text} [10-1095]  (ELW) [Entered: {date} 12:25 PM]</td></tr>");
        }

        sb.Append(html.AsSpan(rowsEnd));
        var path = Path.Combine(_folder, "ca1_large.html");
        File.WriteAllText(path, sb.ToString());
        Assert.True(new FileInfo(path).Length > PacerDocketParser.LargeReportBytes, "the report is large enough to be read in pieces");
        return path;
    }

    /// <summary>
    /// Imports <paramref name="paths"/> one after the other into a new database of <paramref name="kind"/>
    /// twice: as <c>clerk import</c> does, each read in pieces, and each parsed and merged whole. Both
    /// give the same results and store the same docket; returns the first.
    /// </summary>
    private static async Task<(TempStore Store, List<ImportResult?> Results)> ImportedBothWays(Db kind, params string[] paths)
    {
        var read = new TempStore(kind);
        using var held = new TempStore(kind);
        var (readResults, heldResults) = (new List<ImportResult?>(), new List<ImportResult?>());
        foreach (var path in paths)
        {
            Assert.True(PacerDocketParser.ParseFile(path, "njd").Docket!.EntriesRead, $"{path} is read in pieces");
            var summary = await new DocketImporter(read.Store).ImportAsync([new ReportToImport(path)], new ImportOptions(), ct: Ct);
            Assert.Equal(ImportOutcome.Imported, Assert.Single(summary.Outcomes).Outcome);
            readResults.Add(summary.Outcomes[0].Result);

            var parsed = PacerDocketParser.Parse(File.ReadAllBytes(path), "njd").Docket!;
            Assert.False(parsed.EntriesRead);
            var whole = DocketMapper.ToMatter(parsed, DocketImporter.ReportSource(path));
            var outcome = Assert.Single(held.Store.ImportDockets([new DocketToImport(whole.Matter, whole.Case)]));
            Assert.Null(outcome.Error);
            heldResults.Add(outcome.Result);
        }

        Assert.Equal(heldResults, readResults);
        Assert.Equal(Entries(held.Store), Entries(read.Store));
        Assert.Equal(EntryCitations(held.Store), EntryCitations(read.Store));
        Assert.Equal(Reports(held.Store), Reports(read.Store));
        Assert.True((await new DatabaseCheck(read.Store).RunAsync(ct: Ct)).Clean);
        return (read, readResults);
    }

    private sealed record StoredEntry(string Key, int Sequence, string? Number, LocalDate? Filed, string Description);

    private static List<StoredEntry> Entries(ClerkStore store) => Entries(store, Njd);

    private static List<StoredEntry> Entries(ClerkStore store, CaseId caseId) =>
        [.. store.Db.Entries.AsNoTracking().Where(e => e.Case == caseId).OrderBy(e => e.Sequence).AsEnumerable()
            .Select(e => new StoredEntry(e.Key, e.Sequence, e.Number, e.DateFiled, e.Description))];

    private static List<string> EntryCitations(ClerkStore store) =>
        [.. store.Db.EntryCitations.AsNoTracking().AsEnumerable().Select(c => $"{c.Case}|{c.EntryKey}|{c.Source}|{c.Detail}").Order(StringComparer.Ordinal)];

    private static List<string> Cases(ClerkStore store) =>
        [.. store.Db.Cases.AsNoTracking().AsEnumerable().Select(c => $"{c.Id}|{c.Caption}|{c.Filed}|{c.Terminated}|{c.Status}").Order(StringComparer.Ordinal)];

    private static List<DocketReport> Reports(ClerkStore store) =>
        [.. store.Db.DocketReports.AsNoTracking().AsEnumerable().OrderBy(r => r.Source.Value, StringComparer.Ordinal)];

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Its_docket_is_stored_as_the_same_report_held_whole_would_be(Db kind)
    {
        var path = LargeReport();
        Assert.True(new FileInfo(path).Length > 4_000_000);

        var (db, results) = await ImportedBothWays(kind, path);
        using var _ = db;

        Assert.Equal([new ImportResult(Rows, 0, 0, 0, true)], results);
        // What the comparison stands on, checked by hand: entry 100 moved first, the rest in order,
        // the repeated number told apart, the unnumbered entry keyed by its date and text.
        var entries = Entries(db.Store);
        Assert.Equal(Rows, entries.Count);
        Assert.Equal(("n100", 1), (entries[0].Key, entries[0].Sequence));
        Assert.Equal(("n1", 2), (entries[1].Key, entries[1].Sequence));
        Assert.Equal(("n101", 101), (entries[100].Key, entries[100].Sequence));
        Assert.Equal("n150~2", entries[199].Key);
        Assert.StartsWith("d19900106-", entries[299].Key, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(1990, 1, 1).PlusDays(Rows / 60), db.Store.Db.DocketReports.AsNoTracking().Single().Latest);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_report_listed_newest_first_is_stored_in_date_order_as_held_whole(Db kind)
    {
        // PACER lists a docket newest first on request: every entry is out of date order as read.
        var path = Report("njd_reversed.html", Enumerable.Range(1, Rows).Reverse().Select(Row));

        var (db, results) = await ImportedBothWays(kind, path);
        using var _ = db;

        Assert.Equal([new ImportResult(Rows, 0, 0, 0, true)], results);
        var entries = Entries(db.Store);
        Assert.Equal("n100", entries[0].Key);
        Assert.True(entries.Zip(entries.Skip(1)).All(p => p.First.Filed <= p.Second.Filed), "the docket is in date order");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_later_report_merged_into_the_stored_case_gives_what_it_gives_held_whole(Db kind)
    {
        var (db, results) = await ImportedBothWays(kind, LargeReport(), LaterReport());
        using var _ = db;

        // Added: the 50 notices and the 120 entries after; changed: the 16 amended (7, 1,007, … 16,007,
        // but not 5,007, no longer listed); kept: the 100 no longer listed.
        Assert.Equal(new ImportResult(170, 16, Rows - 100 - 16, 100, true), results[1]);
        var entries = Entries(db.Store);
        Assert.Equal(Enumerable.Range(1, Rows + 170), entries.Select(e => e.Sequence));
        var notice = entries.FindIndex(e => e.Key == "n20001");
        Assert.Equal(new LocalDate(1990, 3, 1), entries[notice].Filed);
        Assert.True(entries[notice - 1].Filed <= entries[notice].Filed && entries[notice + 50].Filed > entries[notice].Filed, "the notices are in date order");
        Assert.StartsWith("AMENDED ORDER 1007.", entries.Single(e => e.Key == "n1007").Description, StringComparison.Ordinal);
        Assert.Contains(entries, e => e.Key == "n5000");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_earlier_report_merged_after_a_later_one_only_adds_what_is_missing(Db kind)
    {
        var (db, results) = await ImportedBothWays(kind, LaterReport(), LargeReport());
        using var _ = db;

        Assert.Equal(new ImportResult(100, 0, Rows - 100, 170, false), results[1]);
        var entries = Entries(db.Store);
        Assert.Equal(Rows + 170, entries.Count);
        Assert.StartsWith("AMENDED ORDER 1007.", entries.Single(e => e.Key == "n1007").Description, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Imported_again_it_changes_nothing(Db kind)
    {
        var path = LargeReport();
        using var db = new TempStore(kind);
        var importer = new DocketImporter(db.Store);
        await importer.ImportAsync([new ReportToImport(path)], new ImportOptions(), ct: Ct);
        var before = Entries(db.Store);

        var again = await importer.ImportAsync([new ReportToImport(path)], new ImportOptions(), ct: Ct);

        Assert.Equal(new ImportResult(0, 0, Rows, 0, true), Assert.Single(again.Outcomes).Result);
        Assert.Equal(before, Entries(db.Store));
        Assert.True((await new DatabaseCheck(db.Store).RunAsync(ct: Ct)).Clean);
    }

    [Fact]
    public async Task Among_small_reports_it_is_committed_alone_and_reported_in_order()
    {
        string[] paths = [Fixtures.Path("pacer-dockets", "district", "akd.html"), LargeReport(), Fixtures.Path("pacer-dockets", "district", "azd.html")];
        using var db = new TempStore();

        var summary = await new DocketImporter(db.Store).ImportAsync([.. paths.Select(p => new ReportToImport(p))], new ImportOptions(), ct: Ct);

        Assert.Equal(paths, summary.Outcomes.Select(o => o.Path));
        Assert.All(summary.Outcomes, o => Assert.Equal(ImportOutcome.Imported, o.Outcome));
        Assert.Equal(Rows, summary.Outcomes[1].Result!.EntriesAdded);
        Assert.Equal(3, db.Store.Db.Cases.AsNoTracking().Count());
        Assert.True((await new DatabaseCheck(db.Store).RunAsync(ct: Ct)).Clean);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_row_that_cannot_be_parsed_fails_its_report_alone_naming_the_line(Db kind)
    {
        // Markup nested deeper than any docket in the text of row 16,000: found only when the writer
        // reads that batch of rows, after it has written the slices before it.
        var html = File.ReadAllText(LargeReport());
        var at = html.IndexOf("ORDER 16000 granting", StringComparison.Ordinal);
        var line = html.AsSpan(0, at).Count('\n') + 1;
        var path = Path.Combine(_folder, "njd_deep.html");
        File.WriteAllText(path, string.Concat(html[..at], string.Concat(Enumerable.Repeat("<div>", 1_000)), html[at..]));
        string[] paths = [Fixtures.Path("pacer-dockets", "district", "akd.html"), path, Fixtures.Path("pacer-dockets", "district", "azd.html")];
        using var db = new TempStore(kind);

        var summary = await new DocketImporter(db.Store).ImportAsync([.. paths.Select(p => new ReportToImport(p))], new ImportOptions(), ct: Ct);

        Assert.Equal([ImportOutcome.Imported, ImportOutcome.Failed, ImportOutcome.Imported], summary.Outcomes.Select(o => o.Outcome));
        Assert.StartsWith($"line {line}: elements nested more than ", summary.Outcomes[1].Problem, StringComparison.Ordinal);
        Assert.Empty(db.Store.Db.Entries.AsNoTracking().Where(e => e.Case == Njd));
        Assert.Equal(2, db.Store.Db.Cases.AsNoTracking().Count());
        Assert.True((await new DatabaseCheck(db.Store).RunAsync(ct: Ct)).Clean);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public void A_report_that_cannot_be_read_to_its_end_stores_nothing_and_says_why(Db kind)
    {
        var path = LargeReport();
        using var db = new TempStore(kind);
        var imported = DocketMapper.ToMatter(PacerDocketParser.ParseFile(path, "njd").Docket!, DocketImporter.ReportSource(path));
        var entries = imported.ReadEntries!;
        IEnumerable<(DocketEntry, Citation)> CutShort()
        {
            foreach (var (entry, citation) in entries.Take(Rows - 10))
            {
                yield return (entry, citation);
            }

            throw new IOException($"{path}: the file changed while it was being read");
        }

        var outcome = Assert.Single(db.Store.ImportDockets([new DocketToImport(imported.Matter, imported.Case) { ReadEntries = CutShort() }]));

        Assert.Null(outcome.Result);
        Assert.True(outcome.Error is IOException, $"expected the IOException, got {outcome.Error}");
        Assert.Contains(path, outcome.Error.Message, StringComparison.Ordinal);
        Assert.Empty(db.Store.Db.Cases.AsNoTracking());
        Assert.Empty(db.Store.Db.Entries.AsNoTracking());
        Assert.Empty(db.Store.Db.EntryCitations.AsNoTracking());
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_report_that_reads_otherwise_the_second_time_leaves_the_stored_case_as_it_was(Db kind)
    {
        var (first, later) = (LargeReport(), LaterReport());
        using var db = new TempStore(kind);
        await new DocketImporter(db.Store).ImportAsync([new ReportToImport(first)], new ImportOptions(), ct: Ct);
        var (entries, citations, reports) = (Entries(db.Store), EntryCitations(db.Store), Reports(db.Store));

        // The later report's entries, the second time without its 15,001st: by then the merge has
        // written the slice of 10,000 before it.
        var imported = DocketMapper.ToMatter(PacerDocketParser.ParseFile(later, "njd").Docket!, DocketImporter.ReportSource(later));
        var enumerated = 0;
        IEnumerable<(DocketEntry, Citation)> Changing()
        {
            var second = enumerated++ > 0;
            foreach (var (entry, i) in imported.ReadEntries!.Select((e, i) => (e, i)))
            {
                if (!(second && i == 15_000))
                {
                    yield return entry;
                }
            }
        }

        var outcome = Assert.Single(db.Store.ImportDockets([new DocketToImport(imported.Matter, imported.Case) { ReadEntries = Changing() }]));

        Assert.Null(outcome.Result);
        Assert.True(outcome.Error is IOException, $"expected an IOException, got {outcome.Error}");
        Assert.Contains("read a second time", outcome.Error.Message, StringComparison.Ordinal);
        Assert.Equal(2, enumerated);
        Assert.Equal(entries, Entries(db.Store));
        Assert.Equal(citations, EntryCitations(db.Store));
        Assert.Equal(reports, Reports(db.Store));
        Assert.True((await new DatabaseCheck(db.Store).RunAsync(ct: Ct)).Clean);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_report_cut_short_is_refused_whole_or_imported_in_part_as_far_as_it_goes(Db kind)
    {
        // Cut inside the text of row 15,000: 14,999 whole rows and part of one.
        var html = File.ReadAllText(LargeReport());
        var path = Path.Combine(_folder, "njd_cut.html");
        File.WriteAllText(path, html[..(html.IndexOf("ORDER 15000 granting", StringComparison.Ordinal) + 12)]);
        var parsed = PacerDocketParser.ParseFile(path, "njd").Docket!;
        Assert.True(parsed.EntriesRead, "the cut report is read in pieces");
        using var db = new TempStore(kind);
        var importer = new DocketImporter(db.Store);

        var refused = Assert.Single((await importer.ImportAsync([new ReportToImport(path)], new ImportOptions(), ct: Ct)).Outcomes);

        Assert.Equal(ImportOutcome.Failed, refused.Outcome);
        Assert.Contains("partial report: the report ends at line", refused.Problem, StringComparison.Ordinal);
        Assert.Contains("15000 docket entries were read", refused.Problem, StringComparison.Ordinal);
        Assert.Empty(db.Store.Db.Entries.AsNoTracking());

        var imported = Assert.Single((await importer.ImportAsync([new ReportToImport(path)], new ImportOptions(Partial: true), ct: Ct)).Outcomes);

        // The last entry read, which the cut shortened, is left out.
        Assert.Equal(ImportOutcome.Imported, imported.Outcome);
        Assert.Equal(new ImportResult(14_999, 0, 0, 0, true), imported.Result);
        var entries = Entries(db.Store);
        Assert.Equal(14_999, entries.Count);
        Assert.Equal("n14999", entries[^1].Key);
        Assert.NotNull(db.Store.Db.DocketReports.AsNoTracking().Single().Partial);
        Assert.True((await new DatabaseCheck(db.Store).RunAsync(ct: Ct)).Clean);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_appellate_report_is_stored_as_the_same_report_held_whole_would_be(Db kind)
    {
        var path = LargeAppellateReport();
        var parsed = PacerDocketParser.ParseFile(path, "ca1").Docket!;
        Assert.True(parsed.EntriesRead, "the report is read in pieces");
        using var read = new TempStore(kind);
        using var held = new TempStore(kind);

        var summary = await new DocketImporter(read.Store).ImportAsync([new ReportToImport(path)], new ImportOptions(), ct: Ct);
        var whole = PacerDocketParser.Parse(File.ReadAllBytes(path), "ca1").Docket!;
        Assert.False(whole.EntriesRead);
        var mapped = DocketMapper.ToMatter(whole, DocketImporter.ReportSource(path));
        var outcome = Assert.Single(held.Store.ImportDockets([new DocketToImport(mapped.Matter, mapped.Case)]));

        Assert.Null(outcome.Error);
        Assert.Equal(new ImportResult(AppellateRows, 0, 0, 0, true), Assert.Single(summary.Outcomes).Result);
        Assert.Equal(outcome.Result, summary.Outcomes[0].Result);
        var entries = Entries(read.Store, Ca1);
        Assert.Equal(Entries(held.Store, Ca1), entries);
        Assert.Equal(EntryCitations(held.Store), EntryCitations(read.Store));
        Assert.Equal(Cases(held.Store), Cases(read.Store));
        // What the comparison stands on, checked by hand.
        Assert.Equal(AppellateRows, entries.Count);
        Assert.Equal("00106000000001", entries[0].Number);
        Assert.StartsWith("CASE submitted. Panel: Sandra L. Lynch", entries[999].Description, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(1990, 1, 1).PlusDays((AppellateRows - 1) / 20), entries[^1].Filed);
        Assert.True((await new DatabaseCheck(read.Store).RunAsync(ct: Ct)).Clean);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_appellate_report_imported_again_changes_nothing(Db kind)
    {
        var path = LargeAppellateReport();
        using var db = new TempStore(kind);
        var importer = new DocketImporter(db.Store);
        await importer.ImportAsync([new ReportToImport(path)], new ImportOptions(), ct: Ct);
        var before = Entries(db.Store, Ca1);

        var again = await importer.ImportAsync([new ReportToImport(path)], new ImportOptions(), ct: Ct);

        Assert.Equal(new ImportResult(0, 0, AppellateRows, 0, true), Assert.Single(again.Outcomes).Result);
        Assert.Equal(before, Entries(db.Store, Ca1));
        Assert.True((await new DatabaseCheck(db.Store).RunAsync(ct: Ct)).Clean);
    }
}
