using Clerk.App.Access;
using Clerk.App.Cases;
using Clerk.App.Imports;
using Clerk.Domain;
using Clerk.Pacer;
using Clerk.Testing;
using Microsoft.EntityFrameworkCore;

namespace Clerk.App.Tests;

/// <summary>
/// A report cut short and imported with <c>--partial</c> marks its case partial (kept across
/// processes until a complete report of the docket is imported), and its last entry, which the cut
/// may have shortened, is not stored.
/// </summary>
public class Importing_a_report_cut_short
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly CaseId Akd = new("akd:3:08-cv-00284");

    // The Alaska report cut in the middle of its last docket entry.
    private static string Cut(string folder)
    {
        var html = File.ReadAllText(Fixtures.Path("pacer-dockets", "district", "akd.html"));
        var file = Path.Combine(folder, "akd_cut.html");
        File.WriteAllText(file, html[..html.IndexOf("Personal Page, Inc. on 12/30/08", StringComparison.Ordinal)]);
        return file;
    }

    private static List<string> StoredTexts(TempStore db) =>
        [.. db.Store.Db.Entries.AsNoTracking().Where(e => e.Case == Akd).AsEnumerable().Select(e => e.Description)];

    [Fact]
    public async Task The_case_is_partial_until_a_complete_report_is_imported_and_no_cut_entry_is_stored()
    {
        using var db = new TempStore();
        var complete = Fixtures.Path("pacer-dockets", "district", "akd.html");
        var cut = Cut(Path.GetDirectoryName(db.Path)!);
        var completeTexts = PacerDocketParser.Parse(File.ReadAllBytes(complete), "akd").Docket!;
        var cutRead = PacerDocketParser.Parse(File.ReadAllBytes(cut), "akd").Docket!;
        Assert.NotNull(cutRead.Truncation);

        var partial = await new DocketImporter(db.Store).ImportFileAsync(new ReportToImport(cut), new ImportOptions(Partial: true), Ct);

        Assert.Equal(ImportOutcome.Imported, partial.Outcome);
        var file = await new CaseReader(db.Reopen(), Viewer.Operator).ReadAsync(Akd, Ct);
        Assert.StartsWith("the report ends at line ", file.PartialReport, StringComparison.Ordinal);
        var stored = StoredTexts(db);
        Assert.Equal(cutRead.EntryCount - 1, stored.Count);
        var whole = new DocketImporter(db.Store);
        await whole.ImportFileAsync(new ReportToImport(complete), new ImportOptions(), Ct);
        var full = StoredTexts(db);
        Assert.Equal(completeTexts.EntryCount, full.Count);
        // Every entry the partial import stored is one of the complete report's, text and all.
        Assert.Empty(stored.Except(full));
        Assert.Null((await new CaseReader(db.Reopen(), Viewer.Operator).ReadAsync(Akd, Ct)).PartialReport);
    }

    [Fact]
    public async Task A_report_imported_complete_is_not_partial()
    {
        using var db = new TempStore();

        await new DocketImporter(db.Store).ImportFileAsync(new ReportToImport(Fixtures.Path("pacer-dockets", "district", "akd.html")), new ImportOptions(), Ct);

        Assert.Null((await new CaseReader(db.Store, Viewer.Operator).ReadAsync(Akd, Ct)).PartialReport);
    }

    [Fact]
    public async Task A_partial_report_after_a_complete_one_marks_the_case_again()
    {
        using var db = new TempStore();
        var importer = new DocketImporter(db.Store);
        await importer.ImportFileAsync(new ReportToImport(Fixtures.Path("pacer-dockets", "district", "akd.html")), new ImportOptions(), Ct);

        await importer.ImportFileAsync(new ReportToImport(Cut(Path.GetDirectoryName(db.Path)!)), new ImportOptions(Partial: true), Ct);

        Assert.NotNull((await new CaseReader(db.Store, Viewer.Operator).ReadAsync(Akd, Ct)).PartialReport);
    }
}
