using System.Data.Common;
using Clerk.Domain;

namespace Clerk.Store.Reading;

/// <summary>
/// Reads one case with everything about it. Every query selects by an index on the case (or by
/// primary key), so the time does not grow with what else is stored; lists of parties and
/// attorneys are selected through the case's roles and counsel, never by long lists of ids.
/// </summary>
internal static class CaseQuery
{
    /// <summary>The case's own record and its citations, without the rest of the case: two statements by primary key.</summary>
    public static async Task<Matter?> ReadRecordAsync(DbConnection db, DbTransaction? tx, CaseId id, CancellationToken ct)
    {
        var theCase = (await RowReader.QueryAsync<Case>(db, tx, "SELECT * FROM \"Cases\" WHERE \"Id\" = @p0", ct, id.Value)).SingleOrDefault();
        return theCase is null ? null : new Matter
        {
            Cases = [theCase],
            Citations = await RowReader.QueryAsync<Citation>(db, tx, "SELECT \"Source\", \"Fact\", \"Detail\" FROM \"Citations\" WHERE \"Fact\" = @p0 ORDER BY \"Source\"", ct, "Case:" + id.Value),
        };
    }

    public static async Task<Matter?> ReadAsync(DbConnection db, DbTransaction? tx, CaseId id, CancellationToken ct)
    {
        async Task<List<T>> Q<T>(string sql, params object?[] args) => await RowReader.QueryAsync<T>(db, tx, sql, ct, args);
        // Rows by id, in the order the ids are given, a few hundred ids per statement: a case whose
        // parties appear in many dockets cites a source per docket, and one statement per source cost
        // a case page with a thousand of them more than everything else it does.
        async Task<List<T>> ById<T>(string table, IEnumerable<string> ids, Func<T, string> idOf)
        {
            var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
            var rows = new Dictionary<string, T>(StringComparer.Ordinal);
            foreach (var chunk in wanted.Chunk(500))
            {
                var names = string.Join(", ", chunk.Select((_, i) => $"@p{i}"));
                foreach (var row in await Q<T>($"SELECT * FROM \"{table}\" WHERE \"Id\" IN ({names})", [.. chunk]))
                {
                    rows[idOf(row)] = row;
                }
            }

            return [.. wanted.Where(rows.ContainsKey).Select(w => rows[w])];
        }

        var key = id.Value;
        var theCase = (await Q<Case>("SELECT * FROM \"Cases\" WHERE \"Id\" = @p0", key)).SingleOrDefault();
        if (theCase is null)
        {
            return null;
        }

        var links = await Q<CaseLink>("SELECT * FROM \"CaseLinks\" WHERE \"From\" = @p0", key);
        var motions = await Q<Motion>("SELECT * FROM \"Motions\" WHERE \"Case\" = @p0", key);
        var otherIds = links.Select(l => l.To).Concat(motions.Where(m => m.AwaitedCase != null).Select(m => m.AwaitedCase!.Value))
            .Where(c => c != id).Select(c => c.Value);
        var allCases = (await ById<Case>("Cases", otherIds, c => c.Id.Value)).Prepend(theCase).ToList();
        var caseIncidents = await Q<CaseIncident>("SELECT * FROM \"CaseIncidents\" WHERE \"Case\" = @p0", key);
        var judgeIds = allCases.Where(c => c.Judge != null).Select(c => c.Judge!.Value.Value)
            .Concat(motions.Where(m => m.Ruling?.Judge != null).Select(m => m.Ruling!.Judge!.Value.Value));

        var matter = new Matter
        {
            Courts = await ById<Court>("Courts", allCases.Select(c => c.Court.Value), c => c.Id.Value),
            Judges = await ById<Judge>("Judges", judgeIds, j => j.Id.Value),
            Incidents = await ById<Incident>("Incidents", caseIncidents.Select(ci => ci.Incident.Value), i => i.Id.Value),
            Parties = await Q<Party>("SELECT * FROM \"Parties\" WHERE \"Id\" IN (SELECT \"Party\" FROM \"Participations\" WHERE \"Case\" = @p0)", key),
            Attorneys = await Q<Attorney>("SELECT * FROM \"Attorneys\" WHERE \"Id\" IN (SELECT \"Attorney\" FROM \"Counsel\" WHERE \"Case\" = @p0)", key),
            Cases = allCases,
            CaseIncidents = caseIncidents,
            CaseLinks = links,
            Participations = await Q<Participation>("SELECT * FROM \"Participations\" WHERE \"Case\" = @p0", key),
            Counsel = await Q<Counsel>("SELECT * FROM \"Counsel\" WHERE \"Case\" = @p0", key),
            Entries = await Q<DocketEntry>("SELECT * FROM \"Entries\" WHERE \"Case\" = @p0 ORDER BY \"Sequence\"", key),
            Motions = motions,
            Charges = await Q<Charge>("SELECT * FROM \"Charges\" WHERE \"Case\" = @p0", key),
            Claims = await Q<Claim>("SELECT * FROM \"Claims\" WHERE \"Case\" = @p0", key),
            Statements = await Q<Statement>("SELECT * FROM \"Statements\" WHERE \"Case\" = @p0", key),
            Questions = await Q<OpenQuestion>("SELECT * FROM \"Questions\" WHERE \"Case\" = @p0", key),
        };

        // The case's own facts by the Case index. Facts the case shares with other dockets (its parties
        // and attorneys, court, judge, incident, linked cases) are cited here by the sources that cite
        // the case's own facts: a party that appears in a thousand dockets is cited by a thousand
        // docket reports, and reading all of them made one case read grow with everything stored.
        const string Cols = "SELECT \"Source\", \"Fact\", \"Detail\" FROM \"Citations\"";
        var citations = await Q<Citation>($"{Cols} WHERE \"Case\" = @p0", key);
        citations.AddRange(await Q<Citation>($"{Rows.EntryCitationRow.CitationColumns} WHERE \"Case\" = @p0", key));
        var ownSources = citations.Select(c => c.Source.Value).Distinct(StringComparer.Ordinal).ToList();
        foreach (var chunk in ownSources.Chunk(500))
        {
            var names = string.Join(", ", chunk.Select((_, i) => $"@p{i}"));
            citations.AddRange(await Q<Citation>($"{Cols} WHERE \"Source\" IN ({names}) AND (\"Case\" IS NULL OR \"Case\" <> @p{chunk.Length})", [.. chunk, key]));
        }

        // A shared fact that none of those sources cites keeps one citation (the first by source), so
        // every fact the case shows still says where it comes from and an export of the case loads.
        var cited = citations.Select(c => c.Fact).ToHashSet();
        var shared = matter.Parties.Select(x => new FactRef(FactKind.Party, x.Id.Value))
            .Concat(matter.Attorneys.Select(x => new FactRef(FactKind.Attorney, x.Id.Value)))
            .Concat(matter.Courts.Select(x => new FactRef(FactKind.Court, x.Id.Value)))
            .Concat(matter.Judges.Select(x => new FactRef(FactKind.Judge, x.Id.Value)));
        foreach (var fact in shared.Where(f => !cited.Contains(f)))
        {
            citations.AddRange(await Q<Citation>($"{Cols} WHERE \"Fact\" = @p0 ORDER BY \"Source\" LIMIT 1", fact.Kind + ":" + fact.Key));
        }

        // An incident and a linked case are cited by a few sources about them, not one per docket:
        // the case shows all of them.
        var named = matter.Incidents.Select(x => new FactRef(FactKind.Incident, x.Id.Value))
            .Concat(allCases.Skip(1).Select(x => new FactRef(FactKind.Case, x.Id.Value)));
        foreach (var fact in named)
        {
            citations.AddRange(await Q<Citation>($"{Cols} WHERE \"Fact\" = @p0", fact.Kind + ":" + fact.Key));
        }

        // Citations of a linked case's own facts are not part of this case.
        var facts = matter.Facts().ToHashSet();
        // In primary-key order (fact, then source), as a scan of the table gives them.
        var kept = citations.Where(c => facts.Contains(c.Fact)).DistinctBy(c => (c.Fact, c.Source))
            .OrderBy(c => c.Fact.Kind + ":" + c.Fact.Key, StringComparer.Ordinal).ThenBy(c => c.Source.Value, StringComparer.Ordinal).ToList();
        return matter with
        {
            Citations = kept,
            Sources = await ById<Source>("Sources", kept.Select(c => c.Source.Value), x => x.Id.Value),
        };
    }
}
