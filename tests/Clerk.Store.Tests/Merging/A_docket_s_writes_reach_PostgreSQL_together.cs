using Clerk.Domain;
using NodaTime;

namespace Clerk.Store.Tests.Merging;

/// <summary>
/// On PostgreSQL a docket's writes are queued and sent together: a round trip each would leave the
/// server waiting on the client, and the client on the server, a score of times a docket.
/// </summary>
public class A_docket_s_writes_reach_PostgreSQL_together
{
    private static readonly CaseId Case = new("nmd:1:24-cv-00042");

    private static Matter Report(int entries, int defendants) => Report(Case, entries, defendants);

    private static Matter Report(CaseId Case, int entries, int defendants)
    {
        var source = new Source(new SourceId($"pacer:{Case}"), SourceKind.CourtRecord, "PACER", "docket report", null, null, null);
        var keys = new EntryKeys.Counter();
        var parties = Enumerable.Range(0, defendants + 1)
            .Select(i => new Party(new PartyId($"{Case}/p{i}"), $"Party {i}", PartyKind.Person, null)).ToList();
        var m = new Matter
        {
            Sources = [source],
            Courts = [new Court(new CourtId("nmd"), "U.S. court nmd (PACER)", "United States federal courts", "America/Denver", "us-fed-nm")],
            Cases = [new Case(Case, new CourtId("nmd"), Case.Value[4..], "Party 0 v. Party 1", CaseKind.Civil, CaseStatus.Open, null, PartialDate.Parse("2024-01-02"), null)],
            Parties = parties,
            Participations =
            [
                new Participation(Case, parties[0].Id, PartyRole.Plaintiff, "Plaintiff", null),
                .. parties.Skip(1).Select(p => new Participation(Case, p.Id, PartyRole.Defendant, "Defendant", null)),
            ],
            Entries = [.. Enumerable.Range(1, entries).Select(i =>
            {
                var filed = new LocalDate(2024, 1, 2).PlusDays(i / 10);
                var number = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var text = $"ORDER number {i} of the court";
                return new DocketEntry(Case, i, number, filed, filed, text, keys.Next(Case, number, filed, text));
            })],
        };
        return m with { Citations = [.. m.Facts().Select(f => new Citation(source.Id, f, null))] };
    }

    [Fact]
    public void A_new_docket_is_written_in_a_handful_of_commands_however_many_rows_it_has()
    {
        using var db = new TempDatabase(Db.Postgres);
        using var store = db.Open();
        // Warm: the courts and the first docket's statements are prepared once a connection.
        var first = new CaseId("nmd:1:24-cv-00041");
        store.ImportDocket(Report(first, 30, 12), first);

        var report = Report(entries: 300, defendants: 12);
        var commands = PostgresCommands.RunBy(db, () => store.ImportDocket(report, Case));

        // 300 entries, their 300 citations, 13 parties with roles and citations, the case, the court,
        // the report: about 30 statements of up to 400 parameters, sent as one batch. The other
        // commands are the reads before the merge, the savepoint and the transaction's own (6 in all
        // when this was written; 16 when each statement was its own command, besides the COPYs).
        Assert.InRange(commands, 1, 8);
        Assert.Equal(300, store.Db.Entries.Count(e => e.Case == Case));
        Assert.Equal(13, store.Db.Participations.Count(p => p.Case == Case));
    }

    [Fact]
    public void A_docket_too_large_to_queue_is_copied_after_what_it_refers_to()
    {
        using var db = new TempDatabase(Db.Postgres);
        using var store = db.Open();
        // More entries than a batch queues: they go by COPY, which must come after the case they belong to.
        var report = Report(entries: 1_500, defendants: 2);

        var outcome = store.ImportDocket(report, Case);

        Assert.Equal(1_500, outcome.EntriesAdded);
        Assert.Equal(1_500, store.Db.Entries.Count(e => e.Case == Case));
        Assert.Equal(3, store.Db.Participations.Count(p => p.Case == Case));
        Assert.Empty(store.Search.Check());
    }
}
