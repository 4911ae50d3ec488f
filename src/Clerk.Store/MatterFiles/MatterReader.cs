using Clerk.Domain;
using YamlDotNet.RepresentationModel;

namespace Clerk.Store.MatterFiles;

/// <summary>
/// Reads a matter file (YAML, or JSON, which is YAML too; format in docs/matter-files.md) into a
/// <see cref="Matter"/>. The whole file is checked before anything is returned: every problem is
/// reported with its line, and a file with any problem yields no matter at all.
/// </summary>
public static class MatterReader
{
    /// <summary>The value of the <c>clerk</c> key that marks a matter file of this format.</summary>
    public const string Format = "matter/1";

    /// <summary>Reads and checks a matter file.</summary>
    /// <param name="known">Says whether a fact referred to but not in the file is already stored.</param>
    /// <exception cref="MatterFileException">The file has problems; all are listed.</exception>
    public static Matter Read(string path, Func<FactRef, bool>? known = null, RuleVocabulary? rules = null)
    {
        if (!TextFile.TryRead(path, out var text, out var line, out var problem))
        {
            throw new MatterFileException([new MatterFileError(path, line, problem)]);
        }

        return Parse(text, path, known, rules);
    }

    /// <summary>Reads and checks matter text; <paramref name="file"/> names it in errors.</summary>
    /// <param name="rules">What the rules engine computes with; when given, a court's rule set, a claim's
    /// limitation kind and its accrual date are checked against it, so <c>clerk deadlines</c> never meets them first.</param>
    public static Matter Parse(string text, string file, Func<FactRef, bool>? known = null, RuleVocabulary? rules = null) =>
        new Walker(file, known ?? (_ => false), rules).Read(MatterYaml.Load(text, file));

    private sealed class Walker(string file, Func<FactRef, bool> known, RuleVocabulary? rules)
    {
        private readonly List<MatterFileError> _errors = [];
        private readonly Dictionary<FactRef, int> _lines = [];
        private readonly List<(FactKind Kind, string Id, int Line, string Field)> _references = [];
        private readonly List<Citation> _citations = [];
        private readonly List<(string Source, int Line)> _sourceRefs = [];

        private readonly List<Source> _sources = [];
        private readonly List<Court> _courts = [];
        private readonly List<Judge> _judges = [];
        private readonly List<Incident> _incidents = [];
        private readonly List<Party> _parties = [];
        private readonly List<Attorney> _attorneys = [];
        private readonly List<Case> _cases = [];
        private readonly List<CaseIncident> _caseIncidents = [];
        private readonly List<CaseLink> _links = [];
        private readonly List<Participation> _participations = [];
        private readonly List<Counsel> _counsel = [];
        private readonly List<DocketEntry> _entries = [];
        private readonly EntryKeys.Counter _entryKeys = new();
        private readonly Dictionary<(CaseId, int), int> _entrySequences = [];
        private readonly List<Motion> _motions = [];
        private readonly List<Charge> _charges = [];
        private readonly List<Claim> _claims = [];
        private readonly List<Statement> _statements = [];
        private readonly List<OpenQuestion> _questions = [];

        public Matter Read(YamlNode root)
        {
            var top = Cursor(root, "the matter file", "clerk", "sources", "courts", "judges", "incidents", "parties", "attorneys", "cases");
            if (top.Node("clerk") is not null && top.Map.Children.First().Key is var first && first is not YamlScalarNode { Value: "clerk" })
            {
                top.Error(first, $"expected the first key to be \"clerk: {Format}\", which says what the file is");
            }

            var format = top.Text("clerk", required: true);
            if (format is not null && format != Format)
            {
                top.Error(top.Node("clerk")!, $"expected \"clerk: {Format}\", got \"{format}\"");
            }

            foreach (var n in top.Items("sources")) ReadSource(n);
            foreach (var n in top.Items("courts")) ReadCourt(n);
            foreach (var n in top.Items("judges")) ReadJudge(n);
            foreach (var n in top.Items("incidents")) ReadIncident(n);
            foreach (var n in top.Items("parties")) ReadParty(n);
            foreach (var n in top.Items("attorneys")) ReadAttorney(n);
            foreach (var n in top.Items("cases")) ReadCase(n);

            CheckReferences();
            var matter = new Matter
            {
                Sources = _sources, Courts = _courts, Judges = _judges, Incidents = _incidents, Parties = _parties,
                Attorneys = _attorneys, Cases = _cases, CaseIncidents = _caseIncidents, CaseLinks = _links,
                Participations = _participations, Counsel = _counsel, Entries = _entries, Motions = _motions,
                Charges = _charges, Claims = _claims, Statements = _statements, Questions = _questions, Citations = _citations,
            };
            if (_errors.Count == 0)
            {
                // References were checked above with their lines; what is left are the rules between facts.
                foreach (var v in matter.Violations(known).Where(v => v.Rule != "a reference names a known fact"))
                {
                    _errors.Add(new MatterFileError(file, _lines.GetValueOrDefault(v.Fact), $"{v.Rule}: {v.Detail}"));
                }
            }

            if (_errors.Count > 0)
            {
                throw new MatterFileException([.. _errors.OrderBy(e => e.Line)]);
            }

            return matter;
        }

        private YamlCursor Cursor(YamlNode node, string what, params string[] keys) => new(file, node, _errors, what, keys);

        // Registers a fact: its line, a duplicate check, and its citations.
        private bool Fact(YamlCursor c, FactRef fact, bool cite = true)
        {
            if (_lines.TryGetValue(fact, out var first))
            {
                c.Error($"duplicate {Describe(fact)}: already defined at line {first}");
                return false;
            }

            _lines[fact] = c.Line;
            if (cite)
            {
                ReadCitations(c, fact);
            }

            return true;
        }

        private static string Describe(FactRef fact) => fact.Kind switch
        {
            FactKind.DocketEntry => $"docket entry {fact.Key}",
            FactKind.Participation => $"role {fact.Key}",
            FactKind.Counsel => $"counsel {fact.Key}",
            FactKind.CaseLink => $"link {fact.Key}",
            _ => $"{Kebab.Name(fact.Kind)} id \"{fact.Key}\"",
        };

        private void ReadCitations(YamlCursor c, FactRef fact)
        {
            var any = false;
            foreach (var item in c.Items("sources"))
            {
                string? id;
                string? detail = null;
                if (item is YamlScalarNode s)
                {
                    id = s.Value;
                }
                else
                {
                    var cc = Cursor(item, "a citation", "source", "detail");
                    id = cc.Text("source", required: true);
                    detail = cc.Text("detail");
                }

                if (string.IsNullOrWhiteSpace(id))
                {
                    continue;
                }

                any = true;
                _sourceRefs.Add((id, Lines.Of(item)));
                _citations.Add(new Citation(new SourceId(id), fact, detail));
            }

            if (!any)
            {
                c.Error($"{Describe(fact)} cites no source: add \"sources: [SOURCE-ID]\"");
            }
        }

        private void Ref(FactKind kind, string? id, YamlCursor c, string field)
        {
            if (id is not null)
            {
                _references.Add((kind, id, c.LineOf(field), field));
            }
        }

        private void CheckReferences()
        {
            var sourceIds = _sources.Select(s => s.Id.Value).ToHashSet();
            foreach (var (id, line) in _sourceRefs)
            {
                if (!sourceIds.Contains(id) && !known(new FactRef(FactKind.Source, id)))
                {
                    _errors.Add(new MatterFileError(file, line, $"unknown source \"{id}\": expected the id of a source listed under \"sources\""));
                }
            }

            foreach (var (kind, id, line, field) in _references)
            {
                var fact = new FactRef(kind, id);
                if (!_lines.ContainsKey(fact) && !known(fact))
                {
                    _errors.Add(new MatterFileError(file, line, $"\"{field}\" names unknown {Kebab.Name(kind)} \"{id}\": expected the id of a {Kebab.Name(kind)} defined in this file or already stored"));
                }
            }
        }

        private void ReadSource(YamlNode n)
        {
            var c = Cursor(n, "a source", "id", "kind", "publisher", "title", "date", "locator", "text");
            var id = c.Id();
            var kind = c.Enum<SourceKind>("kind", required: true);
            var publisher = c.RequiredText("publisher");
            var source = new Source(new SourceId(id), kind ?? SourceKind.Other, publisher, c.Text("title"), c.Date("date"), c.Text("locator"), c.Text("text"));
            var fact = new FactRef(FactKind.Source, id);
            if (_lines.TryGetValue(fact, out var first))
            {
                c.Error($"duplicate source id \"{id}\": already defined at line {first}");
                return;
            }

            _lines[fact] = c.Line;
            _sources.Add(source);
        }

        private void ReadCourt(YamlNode n)
        {
            var c = Cursor(n, "a court", "id", "name", "jurisdiction", "time_zone", "rules", "sources");
            var id = c.Id();
            var zone = c.RequiredText("time_zone");
            if (zone.Length > 0 && NodaTime.DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is null)
            {
                c.Error(c.Node("time_zone")!, $"\"time_zone\": expected an IANA time zone such as America/Denver, got \"{zone}\"");
            }

            var ruleSet = c.Text("rules");
            if (ruleSet is not null && rules is not null && !rules.RuleSets.Contains(ruleSet, StringComparer.Ordinal))
            {
                c.Error(c.Node("rules")!, $"\"rules\": unknown rule set \"{ruleSet}\"; expected one of: {string.Join(", ", rules.RuleSets)}");
            }

            if (Fact(c, new FactRef(FactKind.Court, id)))
            {
                _courts.Add(new Court(new CourtId(id), c.RequiredText("name"), c.RequiredText("jurisdiction"), zone, ruleSet));
            }
        }

        private void ReadJudge(YamlNode n)
        {
            var c = Cursor(n, "a judge", "id", "name", "sources");
            var id = c.Id();
            if (Fact(c, new FactRef(FactKind.Judge, id)))
            {
                _judges.Add(new Judge(new JudgeId(id), c.RequiredText("name")));
            }
        }

        private void ReadIncident(YamlNode n)
        {
            var c = Cursor(n, "an incident", "id", "what", "where", "when", "sources");
            var id = c.Id();
            if (Fact(c, new FactRef(FactKind.Incident, id)))
            {
                _incidents.Add(new Incident(new IncidentId(id), c.RequiredText("what"), c.RequiredText("where"), c.Partial("when")));
            }
        }

        private void ReadParty(YamlNode n)
        {
            var c = Cursor(n, "a party", "id", "name", "kind", "description", "sources");
            var id = c.Id();
            var kind = c.Enum<PartyKind>("kind", required: true);
            if (Fact(c, new FactRef(FactKind.Party, id)))
            {
                _parties.Add(new Party(new PartyId(id), c.RequiredText("name"), kind ?? PartyKind.Person, c.Text("description")));
            }
        }

        private void ReadAttorney(YamlNode n)
        {
            var c = Cursor(n, "an attorney", "id", "name", "contact", "sources");
            var id = c.Id();
            if (Fact(c, new FactRef(FactKind.Attorney, id)))
            {
                _attorneys.Add(new Attorney(new AttorneyId(id), c.RequiredText("name"), c.Text("contact")));
            }
        }

        private void ReadCase(YamlNode n)
        {
            var c = Cursor(n, "a case", "id", "court", "docket_number", "caption", "kind", "status", "judge", "filed", "terminated",
                "incidents", "sources", "links", "parties", "counsel", "entries", "motions", "charges", "claims", "statements", "questions");
            var idText = c.Id();
            var id = new CaseId(idText);
            var court = c.RequiredText("court");
            Ref(FactKind.Court, court, c, "court");
            var judge = c.Text("judge");
            Ref(FactKind.Judge, judge, c, "judge");
            var kind = c.Enum<CaseKind>("kind", required: true);
            var status = c.Enum<CaseStatus>("status") ?? CaseStatus.Open;
            var filed = c.Partial("filed");
            var terminated = c.Partial("terminated");
            foreach (var (incident, node) in c.TextList("incidents"))
            {
                _references.Add((FactKind.Incident, incident, Lines.Of(node), "incidents"));
                _caseIncidents.Add(new CaseIncident(id, new IncidentId(incident)));
            }

            if (Fact(c, new FactRef(FactKind.Case, idText)))
            {
                Try(c, () => _cases.Add(new Case(id, new CourtId(court), c.Text("docket_number"), c.RequiredText("caption"), kind ?? CaseKind.Civil, status,
                    judge is null ? null : new JudgeId(judge), filed, terminated)));
            }

            foreach (var item in c.Items("links")) ReadLink(item, id);
            foreach (var item in c.Items("parties")) ReadParticipation(item, id);
            foreach (var item in c.Items("counsel")) ReadCounsel(item, id);
            var sequence = 0;
            foreach (var item in c.Items("entries")) ReadEntry(item, id, ++sequence);
            foreach (var item in c.Items("motions")) ReadMotion(item, id);
            foreach (var item in c.Items("charges")) ReadCharge(item, id);
            foreach (var item in c.Items("claims")) ReadClaim(item, id, court);
            foreach (var item in c.Items("statements")) ReadStatement(item, id);
            foreach (var item in c.Items("questions")) ReadQuestion(item, id);
        }

        // A domain constructor that refuses the values reports the rule it enforces at the fact's line.
        private static void Try(YamlCursor c, Action make)
        {
            try
            {
                make();
            }
            catch (DomainRuleException e)
            {
                c.Error($"{e.Rule}: {e.Detail}");
            }
        }

        private void ReadLink(YamlNode n, CaseId from)
        {
            var c = Cursor(n, "a case link", "kind", "case", "sources");
            var kind = c.Enum<CaseLinkKind>("kind", required: true);
            var to = c.RequiredText("case");
            Ref(FactKind.Case, to, c, "case");
            if (kind is null)
            {
                return;
            }

            Try(c, () =>
            {
                var link = new CaseLink(from, kind.Value, new CaseId(to));
                if (Fact(c, FactRef.Of(link)))
                {
                    _links.Add(link);
                }
            });
        }

        private void ReadParticipation(YamlNode n, CaseId @case)
        {
            var c = Cursor(n, "a party's role", "party", "role", "role_text", "terminated", "sources");
            var party = c.RequiredText("party");
            Ref(FactKind.Party, party, c, "party");
            var role = c.Enum<PartyRole>("role", required: true);
            if (role is null)
            {
                return;
            }

            var p = new Participation(@case, new PartyId(party), role.Value, c.Text("role_text") ?? Kebab.Name(role.Value), c.Date("terminated"));
            if (Fact(c, FactRef.Of(p)))
            {
                _participations.Add(p);
            }
        }

        private void ReadCounsel(YamlNode n, CaseId @case)
        {
            var c = Cursor(n, "counsel", "attorney", "client", "roles", "sources");
            var attorney = c.RequiredText("attorney");
            Ref(FactKind.Attorney, attorney, c, "attorney");
            var client = c.RequiredText("client");
            Ref(FactKind.Party, client, c, "client");
            var counsel = new Counsel(@case, new AttorneyId(attorney), new PartyId(client), [.. c.TextList("roles").Select(r => r.Value)]);
            if (Fact(c, FactRef.Of(counsel)))
            {
                _counsel.Add(counsel);
            }
        }

        private void ReadEntry(YamlNode n, CaseId @case, int position)
        {
            var c = Cursor(n, "a docket entry", "sequence", "number", "filed", "entered", "description", "sources");
            var sequence = c.Int("sequence") ?? position;
            var filed = c.Date("filed");
            var entered = c.Date("entered");
            var description = c.RequiredText("description");
            Try(c, () =>
            {
                if (_entrySequences.TryGetValue((@case, sequence), out var first))
                {
                    c.Error($"duplicate docket entry {@case}#{sequence}: already defined at line {first}");
                    return;
                }

                _entrySequences[(@case, sequence)] = c.Line;
                var number = c.Text("number");
                var entry = new DocketEntry(@case, sequence, number, filed, entered, description, _entryKeys.Next(@case, number, filed, description));
                if (Fact(c, FactRef.Of(entry)))
                {
                    _entries.Add(entry);
                }
            });
        }

        private void ReadMotion(YamlNode n, CaseId @case)
        {
            var c = Cursor(n, "a motion", "id", "type", "movant", "relief", "status", "filed", "ruling", "awaits", "sources");
            var id = c.Id();
            var type = c.Enum<MotionType>("type", required: true);
            var movant = c.RequiredText("movant");
            Ref(FactKind.Party, movant, c, "movant");
            var status = c.Enum<MotionStatus>("status") ?? MotionStatus.Pending;
            var filed = c.Partial("filed");
            var awaits = c.Text("awaits");
            Ref(FactKind.Case, awaits, c, "awaits");
            Ruling? ruling = null;
            if (c.Node("ruling") is { } r)
            {
                var rc = Cursor(r, "a ruling", "date", "entry", "judge");
                var judge = rc.Text("judge");
                Ref(FactKind.Judge, judge, rc, "judge");
                var date = rc.Partial("date", required: true);
                if (date is not null)
                {
                    ruling = new Ruling(date.Value, rc.Int("entry"), judge is null ? null : new JudgeId(judge));
                }
            }

            if (type is null || !Fact(c, new FactRef(FactKind.Motion, id)))
            {
                return;
            }

            Try(c, () => _motions.Add(new Motion(new MotionId(id), @case, type.Value, new PartyId(movant), c.RequiredText("relief"), status, filed, ruling,
                awaits is null ? null : new CaseId(awaits))));
        }

        private void ReadCharge(YamlNode n, CaseId @case)
        {
            var c = Cursor(n, "a charge", "id", "count", "statute", "description", "history", "sources");
            var id = c.Id();
            var history = new List<ChargeEvent>();
            foreach (var item in c.Items("history"))
            {
                var hc = Cursor(item, "a step of a charge's history", "status", "date", "detail");
                var status = hc.Enum<ChargeStatus>("status", required: true);
                if (status is not null)
                {
                    history.Add(new ChargeEvent(status.Value, hc.Partial("date"), hc.Text("detail")));
                }
            }

            var description = c.RequiredText("description");
            if (Fact(c, new FactRef(FactKind.Charge, id)))
            {
                Try(c, () => _charges.Add(new Charge(new ChargeId(id), @case, c.Int("count"), c.Text("statute"), description, history)));
            }
        }

        private void ReadClaim(YamlNode n, CaseId @case, string court)
        {
            var c = Cursor(n, "a claim", "id", "cause", "limitation", "accrued", "claimants", "against", "allegations", "damages", "sources");
            var id = c.Id();
            List<PartyId> Parties(string key)
            {
                var list = new List<PartyId>();
                foreach (var (p, node) in c.TextList(key))
                {
                    _references.Add((FactKind.Party, p, Lines.Of(node), key));
                    list.Add(new PartyId(p));
                }

                return list;
            }

            var limitation = c.Text("limitation");
            var accrued = c.Partial("accrued");
            CheckLimitation(c, limitation, accrued, court);
            var claim = new Claim(new ClaimId(id), @case, c.RequiredText("cause"), limitation, accrued,
                Parties("claimants"), Parties("against"), [.. c.TextList("allegations").Select(a => a.Value)], [.. c.TextList("damages").Select(d => d.Value)]);
            if (Fact(c, new FactRef(FactKind.Claim, id)))
            {
                _claims.Add(claim);
            }
        }

        // What `clerk deadlines` computes for the claim is computed here once, so a file it would fail on is refused now, at its line.
        private void CheckLimitation(YamlCursor c, string? limitation, PartialDate? accrued, string court)
        {
            // Only a claim that names its limitation kind is measured; the accrual date of another is just a date.
            if (rules is null || limitation is null || accrued is not { } date)
            {
                return;
            }

            if (date.Earliest.Year < rules.FirstYear || date.Latest.Year > rules.LastYear)
            {
                c.Error(c.Node("accrued")!, $"\"accrued\": {date} is outside the years Clerk computes limitations for; expected {rules.FirstYear} to {rules.LastYear}");
                return;
            }

            var ruleSet = _courts.Any(x => x.Id.Value == court)
                ? _courts.First(x => x.Id.Value == court).RuleSet
                : rules.StoredCourtRules?.Invoke(court);
            if (ruleSet is not null && rules.RuleSets.Contains(ruleSet, StringComparer.Ordinal)
                && rules.LimitationProblem(ruleSet, limitation, date.Earliest) is { } problem)
            {
                c.Error(c.Node("limitation")!, $"\"limitation\": {problem}");
            }
        }

        private void ReadStatement(YamlNode n, CaseId @case)
        {
            var c = Cursor(n, "a statement", "id", "speaker", "role", "on_behalf_of", "date", "text", "topic", "sources");
            var id = c.Id();
            var onBehalfOf = c.Text("on_behalf_of");
            Ref(FactKind.Party, onBehalfOf, c, "on_behalf_of");
            var statement = new Statement(new StatementId(id), @case, c.RequiredText("speaker"), c.Enum<SpeakerRole>("role", required: true) ?? SpeakerRole.Other,
                onBehalfOf is null ? null : new PartyId(onBehalfOf), c.Partial("date"), c.RequiredText("text"), c.Text("topic"));
            if (Fact(c, new FactRef(FactKind.Statement, id)))
            {
                _statements.Add(statement);
            }
        }

        private void ReadQuestion(YamlNode n, CaseId @case)
        {
            var c = Cursor(n, "an open question", "id", "question", "as_of", "sources");
            var id = c.Id();
            var question = new OpenQuestion(new QuestionId(id), @case, c.RequiredText("question"), c.Partial("as_of"));
            if (Fact(c, new FactRef(FactKind.Question, id)))
            {
                _questions.Add(question);
            }
        }
    }
}
