using Clerk.App.Imports;
using Clerk.Domain;
using Clerk.Pacer;
using Clerk.Testing;
using Microsoft.EntityFrameworkCore;

namespace Clerk.App.Tests;

/// <summary>
/// An import parses its files on every core ahead of one writer, which stores them many to a
/// transaction: what each file does, and the order it is done in, is still that of the files given.
/// </summary>
public class Importing_many_reports_at_once
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string District(string name) => Fixtures.Path("pacer-dockets", "district", name);

    private static int EntriesIn(string path) => PacerDocketParser.Parse(File.ReadAllBytes(path), PacerDocketParser.CourtIdFromFileName(path)).Docket!.EntryCount;

    private static int StoredEntries(TempStore db, string caseId) =>
        db.Store.Db.Entries.AsNoTracking().Count(e => e.Case == new CaseId(caseId));

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Outcomes_are_reported_in_the_order_of_the_files_and_a_file_that_fails_fails_alone(Db kind)
    {
        using var db = new TempStore(kind);
        var missing = Path.Combine(Path.GetDirectoryName(db.Path) ?? Path.GetTempPath(), "akd_missing.html");
        var notDocket = Fixtures.Path("pacer-dockets", "not_dockets", Directory.GetFiles(Fixtures.Path("pacer-dockets", "not_dockets"), "*.html").Select(Path.GetFileName).Order(StringComparer.Ordinal).First()!);
        string[] paths = [District("akd.html"), missing, District("almd.html"), notDocket, District("azd.html")];
        var heard = new List<FileOutcome>();

        var summary = await new DocketImporter(db.Store).ImportAsync(
            [.. paths.Select(p => new ReportToImport(p, FoundInFolder: true))], new ImportOptions(), new Inline<FileOutcome>(heard.Add), Ct);

        Assert.Equal(paths, summary.Outcomes.Select(o => o.Path));
        Assert.Equal(paths, heard.Select(o => o.Path));
        Assert.Equal(
            [ImportOutcome.Imported, ImportOutcome.Failed, ImportOutcome.Imported, ImportOutcome.NotADocket, ImportOutcome.Imported],
            summary.Outcomes.Select(o => o.Outcome));
        Assert.Contains("akd_missing.html", summary.Outcomes[1].Problem, StringComparison.Ordinal);
        Assert.Equal(EntriesIn(District("akd.html")), StoredEntries(db, "akd:3:08-cv-00284"));
        Assert.Equal(EntriesIn(District("akd.html")) + EntriesIn(District("almd.html")) + EntriesIn(District("azd.html")), db.Store.Db.Entries.AsNoTracking().Count());
    }

    [Fact]
    public async Task Strict_stops_at_the_first_file_not_imported_and_stores_nothing_after_it()
    {
        using var db = new TempStore();
        var missing = Path.Combine(Path.GetDirectoryName(db.Path)!, "almd_missing.html");
        string[] paths = [District("akd.html"), missing, District("azd.html")];

        var summary = await new DocketImporter(db.Store).ImportAsync([.. paths.Select(p => new ReportToImport(p))], new ImportOptions(Strict: true), ct: Ct);

        Assert.Equal([ImportOutcome.Imported, ImportOutcome.Failed], summary.Outcomes.Select(o => o.Outcome));
        Assert.Equal(EntriesIn(District("akd.html")), db.Store.Db.Entries.AsNoTracking().Count());
    }

    [Fact]
    public async Task Two_reports_of_one_docket_in_one_import_are_merged_in_the_order_given()
    {
        using var db = new TempStore();
        var complete = District("akd.html");
        var html = File.ReadAllText(complete);
        var cut = Path.Combine(Path.GetDirectoryName(db.Path)!, "akd_cut.html");
        File.WriteAllText(cut, html[..html.IndexOf("Personal Page, Inc. on 12/30/08", StringComparison.Ordinal)]);
        var importer = new DocketImporter(db.Store);
        var reader = new Cases.CaseReader(db.Store, Access.Viewer.Operator);
        var akd = new CaseId("akd:3:08-cv-00284");

        // Complete first, then the cut report: the last one read marks the case partial again.
        await importer.ImportAsync([new ReportToImport(complete), new ReportToImport(cut)], new ImportOptions(Partial: true), ct: Ct);
        Assert.NotNull((await reader.ReadAsync(akd, Ct)).PartialReport);

        // Cut first, then complete: the case ends whole.
        await importer.ImportAsync([new ReportToImport(cut), new ReportToImport(complete)], new ImportOptions(Partial: true), ct: Ct);
        Assert.Null((await reader.ReadAsync(akd, Ct)).PartialReport);
        Assert.Equal(EntriesIn(complete), StoredEntries(db, "akd:3:08-cv-00284"));
    }

    // Progress<T> posts to the thread pool, so the order it reports in is not the order of calls.
    private sealed class Inline<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
