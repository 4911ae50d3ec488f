using System.Text.Json.Nodes;
using Clerk.Domain;
using Clerk.Store.Tests.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Clerk.Store.Tests;

/// <summary>A database made by release 28674ca (see Upgrade/release-28674ca/README.md) opens in this one with every fact.</summary>
public class UpgradeTests
{
    private static readonly string Release = Path.Combine(AppContext.BaseDirectory, "Upgrade", "release-28674ca");

    private sealed record OldEntry(string Case, long Sequence, string? Number, string? Filed, string? Entered, string Description);

    private sealed record OldCitation(string Fact, string Source, string? Detail);

    private static (List<OldEntry> Entries, List<OldCitation> Citations, List<string> Cases) ReadOld(string path)
    {
        using var c = new SqliteConnection($"Data Source={path};Pooling=False;Mode=ReadOnly");
        c.Open();
        List<T> Rows<T>(string sql, Func<SqliteDataReader, T> row)
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = sql;
            using var r = cmd.ExecuteReader();
            var list = new List<T>();
            while (r.Read())
            {
                list.Add(row(r));
            }

            return list;
        }

        string? S(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
        return (
            Rows("SELECT \"Case\", Sequence, Number, DateFiled, DateEntered, Description FROM Entries", r => new OldEntry(r.GetString(0), r.GetInt64(1), S(r, 2), S(r, 3), S(r, 4), r.GetString(5))),
            Rows("SELECT Fact, Source, Detail FROM Citations", r => new OldCitation(r.GetString(0), r.GetString(1), S(r, 2))),
            Rows("SELECT Id FROM Cases", r => r.GetString(0)));
    }

    private static TempDatabase Copy()
    {
        var db = new TempDatabase();
        File.Copy(Path.Combine(Release, "clerk.db"), db.Path);
        return db;
    }

    [Fact]
    public void The_old_file_keeps_every_case_entry_and_citation_with_stable_keys()
    {
        using var db = Copy();
        var (entries, citations, cases) = ReadOld(db.Path);
        Assert.NotEmpty(entries);
        Assert.Contains(entries, e => e.Number is null);

        using var store = db.Open();
        Assert.Empty(store.Db.Database.GetPendingMigrations());
        Assert.Equal(cases.Order(StringComparer.Ordinal), store.Db.Cases.AsEnumerable().Select(c => c.Id.Value).Order(StringComparer.Ordinal));

        var stored = store.Db.Entries.AsNoTracking().ToList().ToDictionary(e => (e.Case.Value, (long)e.Sequence));
        Assert.Equal(entries.Count, stored.Count);
        foreach (var old in entries)
        {
            var e = stored[(old.Case, old.Sequence)];
            Assert.Equal((old.Number, old.Filed, old.Entered, old.Description), (e.Number, e.DateFiled?.ToString("yyyy-MM-dd", null), e.DateEntered?.ToString("yyyy-MM-dd", null), e.Description));
            if (old.Number is { } n)
            {
                Assert.Equal("n" + n, e.Key);
            }
        }

        // The unnumbered entries get the key a fresh import of the same text and date gives.
        var counter = new EntryKeys.Counter();
        foreach (var e in stored.Values.OrderBy(e => e.Case.Value, StringComparer.Ordinal).ThenBy(e => e.Sequence))
        {
            Assert.Equal(counter.Next(e.Case, e.Number, e.DateFiled, e.Description), e.Key);
        }

        var bySequence = stored.Values.ToDictionary(e => $"DocketEntry:{e.Case}#{e.Sequence}", e => $"DocketEntry:{e.Case}#{e.Key}");
        var expected = citations.Select(c => (Fact: bySequence.GetValueOrDefault(c.Fact, c.Fact), c.Source, c.Detail)).Order().ToList();
        var now = store.Db.Citations.AsNoTracking().AsEnumerable().Select(c => (Fact: $"{c.Fact.Kind}:{c.Fact.Key}", Source: c.Source.Value, c.Detail))
            .Concat(store.Db.EntryCitations.AsNoTracking().AsEnumerable().Select(c => (Fact: $"DocketEntry:{c.Case}#{c.EntryKey}", Source: c.Source.Value, c.Detail)))
            .Order().ToList();
        Assert.Equal(expected, now);
        Assert.DoesNotContain(store.Db.Citations.AsNoTracking().AsEnumerable(), c => c.Kind != c.Fact.Kind);

        // An entry's citations are in their own table (CompactEntryCitations), none left among the others.
        Assert.NotEmpty(store.Db.EntryCitations);
        Assert.DoesNotContain(store.Db.Citations.AsNoTracking().AsEnumerable(), c => c.Kind == FactKind.DocketEntry);
    }

    [Fact]
    public void Every_case_reads_back_as_the_old_release_showed_it()
    {
        using var db = Copy();
        using var store = db.Open();
        foreach (var file in Directory.GetFiles(Release, "case-*.json"))
        {
            var golden = JsonNode.Parse(File.ReadAllText(file))!;
            var id = JsonNode.Parse(File.ReadAllText(file.Replace("case-", "deadlines-", StringComparison.Ordinal)))!["case"]!.GetValue<string>();
            var matter = store.ReadCase(new CaseId(id));
            Assert.NotNull(matter);
            Assert.Empty(matter.Violations());
            var oldEntries = golden["cases"]!.AsArray().SelectMany(c => c!["entries"]?.AsArray() ?? []).Select(e => e!["description"]!.GetValue<string>()).ToList();
            Assert.Equal(oldEntries, matter.Entries.OrderBy(e => e.Sequence).Select(e => e.Description).ToList());
            var oldSources = golden["sources"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(oldSources, matter.Sources.Select(s => s.Id.Value).Order(StringComparer.Ordinal).ToList());
            Assert.Equal(golden["parties"]?.AsArray().Count ?? 0, matter.Parties.Count);
            Assert.Equal(golden["chronology"]!.AsArray().Count, Chronology.Of(matter).Count);
        }
    }

    [Fact]
    public void The_upgraded_file_is_searched_and_indexes_what_is_written_next()
    {
        using var db = Copy();
        using var store = db.Open();
        var (entries, _, _) = ReadOld(Path.Combine(Release, "clerk.db"));
        var oldEntry = entries.First(e => e.Description.Contains("Printex", StringComparison.Ordinal));

        Assert.Contains(store.Find("printex fact:docket-entry").Hits, h => h.Case?.Value == oldEntry.Case);
        store.Save(new Source(new SourceId("news:after-upgrade"), SourceKind.NewsReport, "AP", "Zebulon testifies", null, null, "Zebulon took the stand."));
        Assert.Single(store.Find("zebulon").Hits);
        Assert.Empty(store.Search.Check());

        // Numbered from the newest down since NewestFirstSearch: every number below zero, the document written last the lowest.
        using var cmd = store.Db.Database.GetDbConnection().CreateCommand();
        cmd.CommandText = "SELECT (SELECT max(\"Id\") FROM \"SearchDocs\"), (SELECT \"Ref\" FROM \"SearchDocs\" ORDER BY \"Id\" LIMIT 1)";
        using var r = cmd.ExecuteReader();
        Assert.True(r.Read());
        Assert.True(r.GetInt64(0) < 0, $"the highest document number is {r.GetInt64(0)}");
        Assert.Equal("news:after-upgrade", r.GetString(1));
    }

    [Fact]
    public void The_file_is_copied_aside_before_its_schema_changes()
    {
        using var db = Copy();
        var before = File.ReadAllBytes(db.Path);
        using (db.Open())
        {
        }

        var copy = Assert.Single(Directory.GetFiles(db.Dir, "clerk.db.before-*"));
        var (entries, citations, _) = ReadOld(copy);
        var (oldEntries, oldCitations, _) = ReadOld(Path.Combine(Release, "clerk.db"));
        Assert.Equal(oldEntries, entries);
        Assert.Equal(oldCitations, citations);
        Assert.NotEmpty(before);
    }
}
