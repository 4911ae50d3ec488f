namespace Clerk.Domain;

/// <summary>
/// A set of facts that refer to one another: one incident's cases with everything about them, as a
/// matter file holds them or as one case is exported. <see cref="Violations"/> checks the rules
/// that span facts (references resolve, a movant is a party of the case, a charge belongs to a
/// criminal case, every fact cites a source).
/// </summary>
public sealed record Matter
{
    public IReadOnlyList<Source> Sources { get; init; } = [];

    public IReadOnlyList<Court> Courts { get; init; } = [];

    public IReadOnlyList<Judge> Judges { get; init; } = [];

    public IReadOnlyList<Incident> Incidents { get; init; } = [];

    public IReadOnlyList<Party> Parties { get; init; } = [];

    public IReadOnlyList<Attorney> Attorneys { get; init; } = [];

    public IReadOnlyList<Case> Cases { get; init; } = [];

    public IReadOnlyList<CaseIncident> CaseIncidents { get; init; } = [];

    public IReadOnlyList<CaseLink> CaseLinks { get; init; } = [];

    public IReadOnlyList<Participation> Participations { get; init; } = [];

    public IReadOnlyList<Counsel> Counsel { get; init; } = [];

    public IReadOnlyList<DocketEntry> Entries { get; init; } = [];

    public IReadOnlyList<Motion> Motions { get; init; } = [];

    public IReadOnlyList<Charge> Charges { get; init; } = [];

    public IReadOnlyList<Claim> Claims { get; init; } = [];

    public IReadOnlyList<Statement> Statements { get; init; } = [];

    public IReadOnlyList<OpenQuestion> Questions { get; init; } = [];

    public IReadOnlyList<Citation> Citations { get; init; } = [];

    /// <summary>Every fact of the matter with the reference citations use for it.</summary>
    public IEnumerable<FactRef> Facts()
    {
        foreach (var x in Courts) yield return new(FactKind.Court, x.Id.Value);
        foreach (var x in Judges) yield return new(FactKind.Judge, x.Id.Value);
        foreach (var x in Incidents) yield return new(FactKind.Incident, x.Id.Value);
        foreach (var x in Parties) yield return new(FactKind.Party, x.Id.Value);
        foreach (var x in Attorneys) yield return new(FactKind.Attorney, x.Id.Value);
        foreach (var x in Cases) yield return new(FactKind.Case, x.Id.Value);
        foreach (var x in CaseLinks) yield return FactRef.Of(x);
        foreach (var x in Participations) yield return FactRef.Of(x);
        foreach (var x in Counsel) yield return FactRef.Of(x);
        foreach (var x in Entries) yield return FactRef.Of(x);
        foreach (var x in Motions) yield return new(FactKind.Motion, x.Id.Value);
        foreach (var x in Charges) yield return new(FactKind.Charge, x.Id.Value);
        foreach (var x in Claims) yield return new(FactKind.Claim, x.Id.Value);
        foreach (var x in Statements) yield return new(FactKind.Statement, x.Id.Value);
        foreach (var x in Questions) yield return new(FactKind.Question, x.Id.Value);
    }

    /// <summary>
    /// The rules the matter breaks, each as an exception naming the fact and the rule (not thrown).
    /// References to facts outside the matter are allowed only where <paramref name="known"/> says
    /// the fact exists (facts already stored).
    /// </summary>
    public IReadOnlyList<DomainRuleException> Violations(Func<FactRef, bool>? known = null)
    {
        known ??= _ => false;
        var errors = new List<DomainRuleException>();
        var courts = Courts.Select(c => c.Id).ToHashSet();
        var judges = Judges.Select(j => j.Id).ToHashSet();
        var parties = Parties.Select(p => p.Id).ToHashSet();
        var attorneys = Attorneys.Select(a => a.Id).ToHashSet();
        var incidents = Incidents.Select(i => i.Id).ToHashSet();
        var sources = Sources.Select(s => s.Id).ToHashSet();
        var cases = Cases.ToDictionary(c => c.Id);
        var partiesOfCase = Participations.Select(p => (p.Case, p.Party)).ToHashSet();
        var entries = Entries.Select(e => (e.Case, e.Sequence)).ToHashSet();

        void Need(bool ok, FactRef fact, string rule, string detail)
        {
            if (!ok)
            {
                errors.Add(new DomainRuleException(fact, rule, detail));
            }
        }

        bool HasCourt(CourtId id) => courts.Contains(id) || known(new(FactKind.Court, id.Value));
        bool HasJudge(JudgeId id) => judges.Contains(id) || known(new(FactKind.Judge, id.Value));
        bool HasParty(PartyId id) => parties.Contains(id) || known(new(FactKind.Party, id.Value));
        bool HasCase(CaseId id) => cases.ContainsKey(id) || known(new(FactKind.Case, id.Value));
        const string Resolves = "a reference names a known fact";

        foreach (var c in Cases)
        {
            Need(HasCourt(c.Court), new FactRef(FactKind.Case, c.Id.Value), Resolves, $"unknown court {c.Court}");
            Need(c.Judge is not { } j || HasJudge(j), new FactRef(FactKind.Case, c.Id.Value), Resolves, $"unknown judge {c.Judge}");
        }

        foreach (var ci in CaseIncidents)
        {
            Need(HasCase(ci.Case), new FactRef(FactKind.Case, ci.Case.Value), Resolves, $"unknown case {ci.Case}");
            Need(incidents.Contains(ci.Incident) || known(new(FactKind.Incident, ci.Incident.Value)), new FactRef(FactKind.Case, ci.Case.Value), Resolves, $"unknown incident {ci.Incident}");
        }

        foreach (var l in CaseLinks)
        {
            Need(HasCase(l.From) && HasCase(l.To), FactRef.Of(l), Resolves, "unknown case");
            if (l.Kind == CaseLinkKind.ParallelCriminal && cases.TryGetValue(l.To, out var target))
            {
                Need(target.Kind == CaseKind.Criminal, FactRef.Of(l), "a parallel criminal case is a criminal case", $"{l.To} is {target.Kind}");
            }
        }

        foreach (var p in Participations)
        {
            Need(HasCase(p.Case), FactRef.Of(p), Resolves, $"unknown case {p.Case}");
            Need(HasParty(p.Party), FactRef.Of(p), Resolves, $"unknown party {p.Party}");
        }

        foreach (var c in Counsel)
        {
            var fact = FactRef.Of(c);
            Need(attorneys.Contains(c.Attorney) || known(new(FactKind.Attorney, c.Attorney.Value)), fact, Resolves, $"unknown attorney {c.Attorney}");
            Need(partiesOfCase.Contains((c.Case, c.Client)), fact, "a client is a party of the case", $"{c.Client} is not a party of {c.Case}");
        }

        var sequences = new HashSet<(CaseId, int)>();
        var keys = new HashSet<(CaseId, string)>();
        foreach (var e in Entries)
        {
            Need(HasCase(e.Case), FactRef.Of(e), Resolves, $"unknown case {e.Case}");
            Need(sequences.Add((e.Case, e.Sequence)), FactRef.Of(e), "an entry's sequence is unique in its case", $"sequence {e.Sequence} is used twice in {e.Case}");
            Need(keys.Add((e.Case, e.Key)), FactRef.Of(e), "an entry's key is unique in its case", $"key {e.Key} is used twice in {e.Case}");
        }

        foreach (var m in Motions)
        {
            var fact = new FactRef(FactKind.Motion, m.Id.Value);
            Need(HasCase(m.Case), fact, Resolves, $"unknown case {m.Case}");
            Need(partiesOfCase.Contains((m.Case, m.Movant)), fact, "a movant is a party of the case", $"{m.Movant} is not a party of {m.Case}");
            Need(m.AwaitedCase is not { } w || HasCase(w), fact, Resolves, $"unknown case {m.AwaitedCase}");
            Need(m.Ruling?.Judge is not { } j || HasJudge(j), fact, Resolves, $"unknown judge {m.Ruling?.Judge}");
            Need(m.Ruling?.EntrySequence is not { } s || entries.Contains((m.Case, s)), fact, "a ruling's entry is on the case's docket", $"no entry {m.Case}#{m.Ruling?.EntrySequence}");
        }

        foreach (var c in Charges)
        {
            Need(HasCase(c.Case), new FactRef(FactKind.Charge, c.Id.Value), Resolves, $"unknown case {c.Case}");
            if (cases.TryGetValue(c.Case, out var owner))
            {
                Need(owner.Kind == CaseKind.Criminal, new FactRef(FactKind.Charge, c.Id.Value), "a charge belongs to a criminal case", $"{c.Case} is {owner.Kind}");
            }
        }

        foreach (var c in Claims)
        {
            var fact = new FactRef(FactKind.Claim, c.Id.Value);
            Need(HasCase(c.Case), fact, Resolves, $"unknown case {c.Case}");
            if (cases.TryGetValue(c.Case, out var owner))
            {
                Need(owner.Kind == CaseKind.Civil, fact, "a claim belongs to a civil case", $"{c.Case} is {owner.Kind}");
            }

            foreach (var p in c.Claimants.Concat(c.Against))
            {
                Need(partiesOfCase.Contains((c.Case, p)), fact, "claimants and those claimed against are parties of the case", $"{p} is not a party of {c.Case}");
            }
        }

        foreach (var s in Statements)
        {
            Need(s.Case is not { } c || HasCase(c), new FactRef(FactKind.Statement, s.Id.Value), Resolves, $"unknown case {s.Case}");
            Need(s.OnBehalfOf is not { } p || HasParty(p), new FactRef(FactKind.Statement, s.Id.Value), Resolves, $"unknown party {s.OnBehalfOf}");
        }

        foreach (var q in Questions)
        {
            Need(q.Case is not { } c || HasCase(c), new FactRef(FactKind.Question, q.Id.Value), Resolves, $"unknown case {q.Case}");
        }

        var facts = Facts().ToHashSet();
        foreach (var c in Citations)
        {
            Need(sources.Contains(c.Source) || known(new(FactKind.Source, c.Source.Value)), c.Fact, Resolves, $"unknown source {c.Source}");
            Need(facts.Contains(c.Fact) || known(c.Fact), c.Fact, Resolves, $"unknown fact {c.Fact}");
        }

        var cited = Citations.Select(c => c.Fact).ToHashSet();
        foreach (var f in facts)
        {
            Need(cited.Contains(f), f, "every fact cites a source", "no source");
        }

        return errors;
    }
}
