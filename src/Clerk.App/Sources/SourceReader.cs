using Clerk.App.Cases;
using Clerk.Domain;
using Clerk.Store;
using Microsoft.EntityFrameworkCore;

namespace Clerk.App.Sources;

/// <summary>One fact that cites a source: what the fact says, in words, and where in the source (<see cref="Detail"/>).</summary>
/// <param name="Case">The case the fact belongs to; null for facts outside any case (a party, a court, an incident).</param>
public sealed record CitedFact(FactRef Fact, CaseId? Case, string? CaseCaption, string Text, string? Detail);

/// <summary>A source and every fact that cites it, those of each case together.</summary>
public sealed record SourceView(Source Source, IReadOnlyList<CitedFact> Facts);

/// <summary>Reads a source (a news report, a court record) with the facts that cite it.</summary>
public sealed class SourceReader(ClerkStore store, CaseReader cases)
{
    /// <summary>The source and its facts; facts of cases the reader may not see are left out.</summary>
    /// <exception cref="NotFoundException">No source has the id.</exception>
    public async Task<SourceView> ReadAsync(SourceId id, CancellationToken ct = default)
    {
        var source = await store.Db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct)
            ?? throw new NotFoundException($"no source with id \"{id}\" in {store.Options.Path}");
        var rows = (await store.Db.Citations.AsNoTracking().Where(c => c.Source == id).Select(c => new { c.Fact, c.Case, c.Detail }).ToListAsync(ct))
            .Concat((await store.Db.EntryCitations.AsNoTracking().Where(c => c.Source == id).ToListAsync(ct)).Select(c => new { c.Fact, Case = (CaseId?)c.Case, c.Detail }))
            .ToList();
        var facts = new List<CitedFact>();
        foreach (var group in rows.Where(r => r.Case is not null).GroupBy(r => r.Case!.Value).OrderBy(g => g.Key.Value, StringComparer.Ordinal))
        {
            CaseFile file;
            try
            {
                file = await cases.ReadAsync(group.Key, ct);
            }
            catch (NotFoundException)
            {
                continue;
            }

            var texts = Texts(file.Matter);
            facts.AddRange(group.Select(r => new CitedFact(r.Fact, group.Key, file.Case.Caption, texts.GetValueOrDefault(r.Fact, Words(r.Fact)), r.Detail)));
        }

        var names = await NamesAsync(rows.Where(r => r.Case is null).Select(r => r.Fact).ToList(), ct);
        facts.AddRange(rows.Where(r => r.Case is null).Select(r => new CitedFact(r.Fact, null, null, names.GetValueOrDefault(r.Fact, Words(r.Fact)), r.Detail)));
        return new SourceView(source, facts);
    }

    // The words a case page uses for each fact: the chronology's line, or a sentence for facts it leaves out.
    private static Dictionary<FactRef, string> Texts(Matter m)
    {
        var texts = new Dictionary<FactRef, string>();
        foreach (var line in Chronology.Of(m))
        {
            texts.TryAdd(line.Fact, line.Text);
        }

        string Party(PartyId id) => m.Parties.FirstOrDefault(p => p.Id == id)?.Name ?? id.Value;
        foreach (var c in m.Cases)
        {
            texts.TryAdd(new FactRef(FactKind.Case, c.Id.Value), $"The case {c.Caption}");
        }

        foreach (var p in m.Participations)
        {
            texts[FactRef.Of(p)] = $"{Party(p.Party)} is {Chronology.Words(p.Role)} (\"{p.RoleText}\")";
        }

        foreach (var c in m.Counsel)
        {
            texts[FactRef.Of(c)] = $"{m.Attorneys.FirstOrDefault(a => a.Id == c.Attorney)?.Name ?? c.Attorney.Value} represents {Party(c.Client)}";
        }

        foreach (var l in m.CaseLinks)
        {
            texts[FactRef.Of(l)] = $"Linked case ({Chronology.Words(l.Kind)}): {m.Cases.FirstOrDefault(c => c.Id == l.To)?.Caption ?? l.To.Value}";
        }

        foreach (var c in m.Claims)
        {
            texts[new FactRef(FactKind.Claim, c.Id.Value)] = $"Claim: {c.CauseOfAction}";
        }

        return texts;
    }

    private async Task<Dictionary<FactRef, string>> NamesAsync(IReadOnlyList<FactRef> facts, CancellationToken ct)
    {
        var names = new Dictionary<FactRef, string>();
        foreach (var f in facts)
        {
            string? name = f.Kind switch
            {
                FactKind.Party => await store.Db.Parties.AsNoTracking().Where(x => x.Id == new PartyId(f.Key)).Select(x => x.Name).FirstOrDefaultAsync(ct),
                FactKind.Attorney => await store.Db.Attorneys.AsNoTracking().Where(x => x.Id == new AttorneyId(f.Key)).Select(x => x.Name).FirstOrDefaultAsync(ct),
                FactKind.Court => await store.Db.Courts.AsNoTracking().Where(x => x.Id == new CourtId(f.Key)).Select(x => x.Name).FirstOrDefaultAsync(ct),
                FactKind.Judge => await store.Db.Judges.AsNoTracking().Where(x => x.Id == new JudgeId(f.Key)).Select(x => "Judge " + x.Name).FirstOrDefaultAsync(ct),
                FactKind.Incident => await store.Db.Incidents.AsNoTracking().Where(x => x.Id == new IncidentId(f.Key)).Select(x => x.What).FirstOrDefaultAsync(ct),
                _ => null,
            };
            if (name is not null)
            {
                names[f] = $"{Chronology.Words(f.Kind)}: {name}";
            }
        }

        return names;
    }

    private static string Words(FactRef f) => $"{Chronology.Words(f.Kind)} {f.Key}";
}
