using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Clerk.Domain;
using Clerk.Pacer.Acms;
using Clerk.Pacer.Appellate;
using Clerk.Pacer.District;
using Attorney = Clerk.Domain.Attorney;
using DocketEntry = Clerk.Domain.DocketEntry;
using Party = Clerk.Domain.Party;

namespace Clerk.Pacer.Mapping;

/// <summary>A docket report mapped onto the model: the facts, and the id of the case it reports.</summary>
/// <param name="Matter">The facts, each citing the report; without the docket entries when <paramref name="ReadEntries"/> is set.</param>
/// <param name="Case">The case the report is the docket of.</param>
/// <param name="ReadEntries">
/// For a report whose entries are read from its file (<see cref="ParsedDocket.EntriesRead"/>): the
/// case's docket entries in the report's order, numbered from 1, each with its citation of the
/// report, read again each time they are enumerated. Null when <paramref name="Matter"/> holds them.
/// </param>
public sealed record ImportedDocket(Matter Matter, CaseId Case, IEnumerable<(DocketEntry Entry, Citation Citation)>? ReadEntries = null);

/// <summary>
/// Maps a parsed docket report onto the model: the court (by its PACER id), the case (its kind from
/// the docket number), parties with their roles (the role text kept as printed), attorneys with
/// their roles and contact, docket entries, criminal counts and complaints as charges, and the case
/// appealed from as a linked case. Every fact cites the report.
/// </summary>
public static partial class DocketMapper
{
    /// <summary>Maps <paramref name="docket"/>, citing <paramref name="report"/> for every fact.</summary>
    /// <exception cref="FormatException">The report has no docket number, so the case cannot be named.</exception>
    /// <remarks>
    /// Of a report cut short (<see cref="ParsedDocket.Truncation"/>) the last entry read is left out:
    /// the cut may have shortened its text, and a stored entry is never a shortened one.
    /// </remarks>
    public static ImportedDocket ToMatter(ParsedDocket docket, Source report)
    {
        var facts = Facts(docket);
        if (docket.Truncation is not null)
        {
            // Entries read from the report's file as they are enumerated stay so.
            facts = facts with { Entries = docket.EntriesRead ? facts.Entries.SkipLast(1) : [.. facts.Entries.SkipLast(1)] };
        }

        return Build(facts, report, docket.EntriesRead);
    }

    /// <summary>The case id of a docket: "court:number" in lower case ("nmd:1:23-cv-00123").</summary>
    public static CaseId CaseIdOf(string courtId, string docketNumber) =>
        new($"{courtId.ToLowerInvariant()}:{docketNumber.Trim().ToLowerInvariant()}");

    private static DocketFacts Facts(ParsedDocket docket) => docket switch
    {
        DistrictDocket d => District(d),
        AppellateDocket a => Appellate(a),
        AcmsDocket a => Acms(a),
        _ => throw new ArgumentException($"Unknown kind of docket: {docket.GetType().Name}", nameof(docket)),
    };

    private static DocketFacts District(DistrictDocket d)
    {
        var kind = d.Kind == DocketReportKind.Bankruptcy ? CaseKind.Bankruptcy : KindFromType(d.NumberParts.CaseType, d.DocketNumber);
        var parties = d.Parties.Where(p => p.Name is not null).Select(p => new PartyFacts(
            p.Name!,
            p.Type,
            p.DateTerminated,
            [.. (p.Attorneys ?? []).Select(a => new AttorneyFacts(a.Name, a.Contact, a.Roles))],
            p.CriminalData is { } c
                ? [.. c.Counts.Select(x => new CountFacts(x.Name, x.Disposition, x.Status)), .. c.Complaints.Select(x => new CountFacts(x.Name, x.Disposition, "complaint"))]
                : [])).ToList();
        return new DocketFacts(d.CourtId, Required(d.DocketNumber, d.CourtId), d.CaseName, kind, d.DateFiled, d.DateTerminated,
            Blank(d.AssignedTo), parties, d.Entries.Select(e => new EntryFacts(e.DocumentNumber, e.DateFiled, e.DateEntered, e.Description)), null);
    }

    private static DocketFacts Appellate(AppellateDocket a)
    {
        var lower = a.OriginatingCourt is { } o ? new LowerCourtFacts(Blank(o.CourtId), Blank(o.DocketNumber), null) : null;
        return new DocketFacts(a.CourtId, Required(a.DocketNumber, a.CourtId), a.CaseName, CaseKind.Appeal, a.DateFiled, a.DateTerminated, null,
            [.. a.Parties.Select(AppellateParty)], a.Entries.Select(e => new EntryFacts(e.DocumentNumber, e.DateFiled, e.DateEntered, e.Description)), lower);
    }

    private static DocketFacts Acms(AcmsDocket a)
    {
        // ACMS names the court appealed from ("S.D.N.Y. (NEW YORK CITY)") and gives no docket number there.
        var lower = a.OriginatingCourt is { } o ? new LowerCourtFacts(CourtIds.FromName(o.Name) ?? CourtIds.FromName(o.Identifier), null, Blank(o.Name)) : null;
        return new DocketFacts(a.CourtId, Required(a.DocketNumber, a.CourtId), a.CaseName ?? a.DocketNumber!, CaseKind.Appeal, a.DateFiled, null, null,
            [.. a.Parties.Select(AppellateParty)],
            a.Entries.Select(e => new EntryFacts(e.DocumentNumber?.ToString(CultureInfo.InvariantCulture), e.DateFiled?.Date, e.DateEntered?.Date, e.Description)), lower);
    }

    private static PartyFacts AppellateParty(AppellateParty p) =>
        new(p.Name, p.Type, p.DateTerminated, [.. p.Attorneys.Select(a => new AttorneyFacts(a.Name, a.Contact, a.Roles))], []);

    private static ImportedDocket Build(DocketFacts f, Source report, bool entriesRead)
    {
        var caseId = CaseIdOf(f.CourtId, f.DocketNumber);
        var courtId = new CourtId(f.CourtId);
        var citations = new List<Citation>();
        void Cite(FactRef fact, string detail) => citations.Add(new Citation(report.Id, fact, detail));

        var court = new Court(courtId, CourtDirectory.Name(f.CourtId), "United States federal courts", CourtDirectory.TimeZone(f.CourtId), CourtDirectory.RuleSet(f.CourtId));
        Cite(new FactRef(FactKind.Court, court.Id.Value), "court id");

        var judges = new List<Judge>();
        JudgeId? judge = null;
        if (f.Judge is { } judgeName)
        {
            judge = new JudgeId("judge:" + Slug(judgeName));
            judges.Add(new Judge(judge.Value, judgeName));
            Cite(new FactRef(FactKind.Judge, judge.Value.Value), "assigned to");
        }

        var theCase = new Case(caseId, courtId, f.DocketNumber, f.Caption, f.Kind, f.Terminated is null ? CaseStatus.Open : CaseStatus.Closed, judge,
            f.Filed is { } filed ? PartialDate.OnDay(filed) : null,
            f.Terminated is { } t && (f.Filed is null || t >= f.Filed) ? PartialDate.OnDay(t) : null);
        Cite(new FactRef(FactKind.Case, caseId.Value), "case header");
        var cases = new List<Case> { theCase };
        var courts = new List<Court> { court };

        var parties = new List<Party>();
        var participations = new List<Participation>();
        var attorneys = new Dictionary<AttorneyId, Attorney>();
        var counsel = new Dictionary<FactRef, Counsel>();
        var charges = new List<Charge>();
        var usedParties = new HashSet<PartyId>();
        // Sets beside the lists: a docket can list tens of thousands of parties, and a scan of the
        // list per party made mapping quadratic.
        var partyIds = new HashSet<PartyId>();
        var roles = new HashSet<(PartyId, PartyRole)>();
        var participationFacts = new HashSet<FactRef>();
        foreach (var p in f.Parties)
        {
            var partyId = new PartyId($"{caseId}/{Slug(p.Name)}");
            var role = Role(p.RoleText);
            // The same name twice in one role (two "John Doe" defendants) are two parties.
            for (var n = 2; !usedParties.Add(partyId) && roles.Contains((partyId, role)); n++)
            {
                partyId = new PartyId($"{caseId}/{Slug(p.Name)}-{n}");
            }

            if (partyIds.Add(partyId))
            {
                parties.Add(new Party(partyId, p.Name, LooksLikeOrganization(p.Name) ? PartyKind.Organization : PartyKind.Person, null));
                Cite(new FactRef(FactKind.Party, partyId.Value), "party list");
            }

            var participation = new Participation(caseId, partyId, role, p.RoleText, p.Terminated);
            if (!participationFacts.Add(FactRef.Of(participation)))
            {
                continue;
            }

            participations.Add(participation);
            roles.Add((partyId, role));
            Cite(FactRef.Of(participation), "party list");
            foreach (var a in p.Attorneys)
            {
                var attorneyId = new AttorneyId($"{caseId}/attorney/{Slug(a.Name)}");
                if (!attorneys.ContainsKey(attorneyId))
                {
                    attorneys[attorneyId] = new Attorney(attorneyId, a.Name, a.Contact.Length == 0 ? null : a.Contact);
                    Cite(new FactRef(FactKind.Attorney, attorneyId.Value), "party list");
                }

                var c = new Counsel(caseId, attorneyId, partyId, a.Roles);
                if (counsel.TryAdd(FactRef.Of(c), c))
                {
                    Cite(FactRef.Of(c), "party list");
                }
            }

            if (f.Kind == CaseKind.Criminal)
            {
                foreach (var (count, i) in p.Counts.Select((c, i) => (c, i)))
                {
                    var charge = Charge(caseId, partyId, count, i + 1, theCase.Filed);
                    charges.Add(charge);
                    Cite(new FactRef(FactKind.Charge, charge.Id.Value), count.Section == "complaint" ? "complaints" : $"{count.Section} counts");
                }
            }
        }

        var entries = new List<DocketEntry>();
        var readEntries = entriesRead ? CitedEntries(caseId, f.Entries, report.Id) : null;
        if (readEntries is null)
        {
            foreach (var (entry, citation) in CitedEntries(caseId, f.Entries, report.Id))
            {
                entries.Add(entry);
                citations.Add(citation);
            }
        }

        var links = new List<CaseLink>();
        Court AddLowerCourt(string id, string? name)
        {
            var court = new Court(new CourtId(id), name ?? CourtDirectory.Name(id), "United States federal courts", CourtDirectory.TimeZone(id), CourtDirectory.RuleSet(id));
            courts.Add(court);
            Cite(new FactRef(FactKind.Court, court.Id.Value), "originating court information");
            return court;
        }

        if (f.LowerCourt is { DocketNumber: null, CourtId: { } knownCourt } courtOnly)
        {
            AddLowerCourt(knownCourt, courtOnly.CourtName);
        }
        else if (f.LowerCourt is { DocketNumber: { } lowerNumber } lower)
        {
            var lowerCourtId = lower.CourtId ?? "unknown";
            var lowerCase = CaseIdOf(lowerCourtId, lowerNumber);
            if (lowerCase != caseId)
            {
                var lowerCourt = AddLowerCourt(lowerCourtId, lower.CourtName);
                cases.Add(new Case(lowerCase, lowerCourt.Id, lowerNumber, $"Case appealed from ({lower.CourtName ?? lowerCourtId} {lowerNumber})",
                    KindFromType(null, lowerNumber), CaseStatus.Closed, null, null, null));
                Cite(new FactRef(FactKind.Case, lowerCase.Value), "originating court information");
                var link = new CaseLink(caseId, CaseLinkKind.AppealOf, lowerCase);
                links.Add(link);
                Cite(FactRef.Of(link), "originating court information");
            }
        }

        var matter = new Matter
        {
            Sources = [report],
            Courts = courts.DistinctBy(c => c.Id).ToList(),
            Judges = judges,
            Parties = parties,
            Attorneys = [.. attorneys.Values],
            Cases = cases,
            CaseLinks = links,
            Participations = participations,
            Counsel = [.. counsel.Values],
            Entries = entries,
            Charges = charges,
            Citations = citations.DistinctBy(c => (c.Fact, c.Source)).ToList(),
        };
        return new ImportedDocket(matter, caseId, readEntries);
    }

    // The entries in docket order, keyed and numbered, each citing the report.
    private static IEnumerable<(DocketEntry Entry, Citation Citation)> CitedEntries(CaseId caseId, IEnumerable<EntryFacts> facts, SourceId report)
    {
        var keys = new EntryKeys.Counter();
        var sequence = 0;
        foreach (var e in facts)
        {
            var entry = new DocketEntry(caseId, ++sequence, e.Number, e.Filed, e.Entered, e.Description, keys.Next(caseId, e.Number, e.Filed, e.Description));
            yield return (entry, new Citation(report, FactRef.Of(entry), e.Number is null ? "docket entry (unnumbered)" : "docket entry " + e.Number));
        }
    }

    private static Charge Charge(CaseId caseId, PartyId defendant, CountFacts count, int index, PartialDate? filed)
    {
        var history = new List<ChargeEvent> { new(ChargeStatus.Filed, filed, count.Section == "complaint" ? "complaint" : null) };
        if (count.Disposition.Length > 0)
        {
            // PACER gives a disposition as text; "dismissed" ones are kept as dispositions, since the
            // report does not say whether with or without prejudice.
            history.Add(new ChargeEvent(ChargeStatus.Disposed, null, count.Disposition));
        }

        var number = CountNumber().Match(count.Name);
        var statute = Statute().Match(count.Name);
        return new Charge(new ChargeId($"{defendant}/{(count.Section == "complaint" ? "complaint" : "count")}-{index}"), caseId,
            number.Success ? int.Parse(number.Groups[1].Value, CultureInfo.InvariantCulture) : null,
            statute.Success ? statute.Value : null,
            count.Name,
            history);
    }

    private static CaseKind KindFromType(string? caseType, string? docketNumber)
    {
        var type = caseType ?? (docketNumber is null ? null : CaseType().Match(docketNumber) is { Success: true } m ? m.Groups[1].Value : null);
        return type?.ToLowerInvariant() switch
        {
            "cr" or "mj" or "po" or "pt" => CaseKind.Criminal,
            "bk" => CaseKind.Bankruptcy,
            _ => CaseKind.Civil,
        };
    }

    private static PartyRole Role(string text)
    {
        var t = text.Replace('\u00a0', ' ').Trim().ToLowerInvariant();
        // Appellate roles read "Plaintiff - Appellee": the part after the dash is the role on appeal.
        var onAppeal = t.LastIndexOf(" - ", StringComparison.Ordinal) is var dash and >= 0 ? t[(dash + 3)..] : t;
        foreach (var (word, role) in RoleWords)
        {
            if (onAppeal.StartsWith(word, StringComparison.Ordinal))
            {
                return role;
            }
        }

        return PartyRole.Other;
    }

    private static readonly (string Word, PartyRole Role)[] RoleWords =
    [
        ("plaintiff", PartyRole.Plaintiff), ("counter-claimant", PartyRole.Plaintiff), ("counter claimant", PartyRole.Plaintiff),
        ("defendant", PartyRole.Defendant), ("counter-defendant", PartyRole.Defendant), ("third party defendant", PartyRole.Defendant),
        ("petitioner", PartyRole.Petitioner), ("respondent", PartyRole.Respondent),
        ("appellant", PartyRole.Appellant), ("appellee", PartyRole.Appellee), ("cross-appellant", PartyRole.Appellant),
        ("debtor", PartyRole.Debtor), ("joint debtor", PartyRole.Debtor), ("creditor", PartyRole.Creditor),
        ("trustee", PartyRole.Trustee), ("u.s. trustee", PartyRole.Trustee), ("intervenor", PartyRole.Intervenor),
        ("interested party", PartyRole.InterestedParty), ("usa", PartyRole.Prosecution),
    ];

    private static bool LooksLikeOrganization(string name) => OrganizationWords().IsMatch(name);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Required(string? docketNumber, string courtId) =>
        Blank(docketNumber) ?? throw new FormatException($"the {courtId} report has no docket number, so its case cannot be named");

    private static string Slug(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                sb.Append(ch);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().TrimEnd('-') is { Length: > 0 } slug ? slug : "unnamed";
    }

    [GeneratedRegex(@"\((\d+)[a-z]*\)\s*$")]
    private static partial Regex CountNumber();

    [GeneratedRegex(@"\b\d{1,2}:\d+[A-Za-z0-9().&-]*")]
    private static partial Regex Statute();

    [GeneratedRegex(@"^\d+:\d+-([a-z]{2})-", RegexOptions.IgnoreCase)]
    private static partial Regex CaseType();

    [GeneratedRegex(@"\b(inc|llc|l\.l\.c|corp|corporation|company|co|ltd|bank|trust|association|assn|university|county|city|state|department|dept|united states|usa|america|l\.p|lp|llp|pllc|n\.a|group|holdings|services|partners|fund|insurance|authority|commission|board|district|agency)\b\.?", RegexOptions.IgnoreCase)]
    private static partial Regex OrganizationWords();
}
