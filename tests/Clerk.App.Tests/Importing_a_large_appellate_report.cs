using System.Globalization;
using System.Text;
using Clerk.App.Checking;
using Clerk.App.Imports;
using Clerk.Domain;
using Clerk.Pacer;
using Clerk.Pacer.Mapping;
using Clerk.Store;
using Clerk.Testing;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Clerk.App.Tests;

/// <summary>
/// An appellate report over PacerDocketParser's size for reading in pieces has its entries read
/// from the file as the writer stores them, and is stored exactly as the same report held whole
/// would be.
/// </summary>
public sealed class Importing_a_large_appellate_report : IDisposable
{
    // Enough rows to take the report over the 4,000,000 bytes from which a report is read in pieces.
    private const int Rows = 12_000;

    private static readonly CaseId Ca1 = new("ca1:10-1095");

    private readonly string _folder = Directory.CreateTempSubdirectory("clerk-large-appeal-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>
    /// The header and parties of the fixture ca1.html with <see cref="Rows"/> orders, twenty a day from
    /// 1990-01-01, each linking its own document; every thousandth says who sat on the panel, as ca1's
    /// "CASE submitted. Panel: …" entries do (a label the header lacks).
    /// </summary>
    private string LargeReport()
    {
        var html = File.ReadAllText(Fixtures.Path("pacer-dockets", "appellate", "ca1.html"));
        const string RowsTable = "<table border=0 cellpadding=4>";
        int rowsStart = html.IndexOf(RowsTable, html.IndexOf("DOCKET ENTRIES", StringComparison.Ordinal), StringComparison.Ordinal) + RowsTable.Length;
        int rowsEnd = html.IndexOf("</tr>", html.LastIndexOf("<!-- NEED", StringComparison.Ordinal), StringComparison.Ordinal) + "</tr>".Length;
        var sb = new StringBuilder(html[..rowsStart]);
        for (var k = 1; k <= Rows; k++)
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

    private sealed record StoredEntry(string Key, int Sequence, string? Number, LocalDate? Filed, string Description);

    private static List<StoredEntry> Entries(ClerkStore store) =>
        [.. store.Db.Entries.AsNoTracking().Where(e => e.Case == Ca1).OrderBy(e => e.Sequence).AsEnumerable()
            .Select(e => new StoredEntry(e.Key, e.Sequence, e.Number, e.DateFiled, e.Description))];

    private static List<string> EntryCitations(ClerkStore store) =>
        [.. store.Db.EntryCitations.AsNoTracking().AsEnumerable().Select(c => $"{c.Case}|{c.EntryKey}|{c.Source}|{c.Detail}").Order(StringComparer.Ordinal)];

    private static List<string> Cases(ClerkStore store) =>
        [.. store.Db.Cases.AsNoTracking().AsEnumerable().Select(c => $"{c.Id}|{c.Caption}|{c.Filed}|{c.Terminated}|{c.Status}").Order(StringComparer.Ordinal)];

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Its_docket_is_stored_as_the_same_report_held_whole_would_be(Db kind)
    {
        var path = LargeReport();
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
        Assert.Equal(new ImportResult(Rows, 0, 0, 0, true), Assert.Single(summary.Outcomes).Result);
        Assert.Equal(outcome.Result, summary.Outcomes[0].Result);
        var entries = Entries(read.Store);
        Assert.Equal(Entries(held.Store), entries);
        Assert.Equal(EntryCitations(held.Store), EntryCitations(read.Store));
        Assert.Equal(Cases(held.Store), Cases(read.Store));
        // What the comparison stands on, checked by hand.
        Assert.Equal(Rows, entries.Count);
        Assert.Equal("00106000000001", entries[0].Number);
        Assert.StartsWith("CASE submitted. Panel: Sandra L. Lynch", entries[999].Description, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(1990, 1, 1).PlusDays((Rows - 1) / 20), entries[^1].Filed);
        Assert.True((await new DatabaseCheck(read.Store).RunAsync(ct: Ct)).Clean);
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
}
