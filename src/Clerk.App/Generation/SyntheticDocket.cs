using System.Globalization;
using Clerk.Domain;
using NodaTime;

namespace Clerk.App.Generation;

/// <summary>
/// Makes one realistic synthetic federal civil docket from a seed: a court-like caption, parties and
/// counsel, and entries (complaint, summons, appearances, motions, orders ruling on them, minute
/// entries, some unnumbered) with filing dates in order. The same seed and index give the same docket.
/// </summary>
internal static class SyntheticDocket
{
    private static readonly (string Id, string Zone)[] Courts =
    [
        ("nmd", "America/Denver"), ("nysd", "America/New_York"), ("cacd", "America/Los_Angeles"), ("ilnd", "America/Chicago"),
        ("txsd", "America/Chicago"), ("mad", "America/New_York"), ("wawd", "America/Los_Angeles"), ("dcd", "America/New_York"),
    ];

    private static readonly string[] Surnames =
    [
        "Alvarez", "Baker", "Chen", "Dubois", "Estrada", "Fischer", "Garcia", "Haddad", "Ibarra", "Jensen", "Kowalski", "Lopez",
        "Morales", "Nakamura", "Okafor", "Patel", "Quinn", "Rossi", "Santos", "Tanaka", "Umar", "Vargas", "Whitfield", "Young", "Zamora",
    ];

    private static readonly string[] Given = ["Maria", "James", "Wei", "Fatima", "Robert", "Aisha", "Daniel", "Elena", "Samuel", "Grace", "Luis", "Hannah"];

    private static readonly string[] Companies =
    [
        "Acme Logistics, Inc.", "Blue Mesa Productions LLC", "Cardinal Health Partners", "Desert Sun Insurance Co.", "Evergreen Staffing LLC",
        "First Federal Savings Bank", "Granite Construction Co.", "Harbor Freight Lines, Inc.", "Ironwood Pictures LLC", "Juniper Medical Group",
    ];

    private static readonly string[] Motions =
    [
        "MOTION to Dismiss for Failure to State a Claim", "MOTION to Stay Proceedings", "MOTION for Summary Judgment", "MOTION to Compel Discovery",
        "MOTION for Extension of Time to File Answer", "MOTION for Protective Order", "MOTION in Limine", "MOTION to Amend Complaint",
    ];

    public static Matter Make(int seed, int index, int entries)
    {
        var random = Seeded(seed, index);
        var header = MakeHeader(random, seed, index);
        var matter = header.Matter with { Entries = [.. MakeEntries(random, header, entries)] };
        return matter with { Citations = [.. matter.Facts().Select(f => new Citation(header.Source, f, "generated"))] };
    }

    /// <summary>
    /// The same docket as <see cref="Make"/>, its entries (with their citations) made again each time
    /// they are enumerated rather than held: for a docket too large to hold (<see cref="Store.DocketToImport.ReadEntries"/>).
    /// </summary>
    public static (Matter Matter, IEnumerable<(DocketEntry Entry, Citation Citation)> Entries) MakeLarge(int seed, int index, int entries)
    {
        var header = MakeHeader(Seeded(seed, index), seed, index);
        var matter = header.Matter with { Citations = [.. header.Matter.Facts().Select(f => new Citation(header.Source, f, "generated"))] };
        return (matter, Cited());

        IEnumerable<(DocketEntry, Citation)> Cited()
        {
            // The entries draw from the generator where the header left it, so the header is drawn again first.
            var random = Seeded(seed, index);
            var again = MakeHeader(random, seed, index);
            foreach (var entry in MakeEntries(random, again, entries))
            {
                yield return (entry, new Citation(again.Source, FactRef.Of(entry), "generated"));
            }
        }
    }

    // Not HashCode.Combine: it is seeded anew in every process, so a second run would write other dockets.
    private static Random Seeded(int seed, int index) => new(unchecked((seed * 1_000_003) + index));

    // A docket's facts but its entries, and what its entries are made from.
    private sealed record Header(Matter Matter, SourceId Source, CaseId Case, LocalDate Filed, string Plaintiff, string Defendant, string Judge, IReadOnlyList<Attorney> Attorneys);

    private static Header MakeHeader(Random random, int seed, int index)
    {
        var (courtId, zone) = Courts[random.Next(Courts.Length)];
        var year = 2015 + random.Next(10);
        var docketNumber = string.Create(CultureInfo.InvariantCulture, $"{1 + random.Next(3)}:{year % 100:00}-cv-{index % 100000:00000}");
        var caseId = new CaseId($"{courtId}:{docketNumber}");
        var source = new Source(new SourceId($"synthetic:{seed}:{index}"), SourceKind.Other, "clerk generate", $"Synthetic docket {index} (seed {seed})", null, null, null);
        var court = new Court(new CourtId(courtId), $"U.S. court {courtId} (PACER)", "United States federal courts", zone, "us-fed");
        var judge = new Judge(new JudgeId($"{courtId}/judge-{random.Next(12)}"), $"{Given[random.Next(Given.Length)]} {Surnames[random.Next(Surnames.Length)]}");

        var plaintiffName = $"{Given[random.Next(Given.Length)]} {Surnames[random.Next(Surnames.Length)]}";
        var defendantName = Companies[random.Next(Companies.Length)];
        var plaintiff = new Party(new PartyId($"{caseId}/p"), plaintiffName, PartyKind.Person, null);
        var defendant = new Party(new PartyId($"{caseId}/d"), defendantName, PartyKind.Organization, null);
        var attorneys = new[] { plaintiff, defendant }.Select((p, i) => new Attorney(
            new AttorneyId($"{caseId}/attorney-{i}"), $"{Given[random.Next(Given.Length)]} {Surnames[random.Next(Surnames.Length)]}", $"{Surnames[random.Next(Surnames.Length)]} & Partners LLP")).ToList();
        var filed = new LocalDate(year, 1 + random.Next(12), 1 + random.Next(28));
        var theCase = new Case(caseId, court.Id, docketNumber, $"{plaintiffName} v. {defendantName}", CaseKind.Civil, CaseStatus.Open, judge.Id, PartialDate.OnDay(filed), null);
        var matter = new Matter
        {
            Sources = [source],
            Courts = [court],
            Judges = [judge],
            Parties = [plaintiff, defendant],
            Attorneys = attorneys,
            Cases = [theCase],
            Participations =
            [
                new Participation(caseId, plaintiff.Id, PartyRole.Plaintiff, "Plaintiff", null),
                new Participation(caseId, defendant.Id, PartyRole.Defendant, "Defendant", null),
            ],
            Counsel =
            [
                new Counsel(caseId, attorneys[0].Id, plaintiff.Id, ["LEAD ATTORNEY", "ATTORNEY TO BE NOTICED"]),
                new Counsel(caseId, attorneys[1].Id, defendant.Id, ["LEAD ATTORNEY"]),
            ],
        };
        return new Header(matter, source.Id, caseId, filed, plaintiffName, defendantName, judge.Name, attorneys);
    }

    private static IEnumerable<DocketEntry> MakeEntries(Random random, Header h, int entries)
    {
        var keys = new EntryKeys.Counter();
        var date = h.Filed;
        var number = 0;
        var pendingMotions = new List<int>();
        for (var i = 0; i < entries; i++)
        {
            // About one entry in eight is unnumbered, as minute entries and notices often are.
            var numbered = i == 0 || random.Next(8) != 0;
            string text;
            if (i == 0)
            {
                text = $"COMPLAINT against {h.Defendant} filed by {h.Plaintiff}. (Filing fee $405)";
            }
            else if (!numbered)
            {
                text = $"Minute Entry for proceedings held before Judge {h.Judge}: Status Conference held on {date:yyyy-MM-dd}.";
            }
            else
            {
                var by = random.Next(2) == 0 ? h.Plaintiff : h.Defendant;
                text = random.Next(6) switch
                {
                    0 when pendingMotions.Count > 0 => Ruling(random, pendingMotions, h.Judge),
                    0 or 1 => Motion(random, number + 1, pendingMotions, by),
                    2 => $"NOTICE of Appearance by {h.Attorneys[random.Next(2)].Name} on behalf of {by}",
                    3 => $"RESPONSE in Opposition re {Math.Max(1, number - random.Next(5))} filed by {by}.",
                    4 => $"Summons Issued as to {h.Defendant}.",
                    _ => $"ORDER setting scheduling conference. Signed by Judge {h.Judge} on {date:yyyy-MM-dd}.",
                };
            }

            var n = numbered ? (++number).ToString(CultureInfo.InvariantCulture) : null;
            yield return new DocketEntry(h.Case, i + 1, n, date, date, text, keys.Next(h.Case, n, date, text));
            if (random.Next(3) == 0)
            {
                date = date.PlusDays(1 + random.Next(6));
            }
        }
    }

    private static string Motion(Random random, int number, List<int> pending, string by)
    {
        pending.Add(number);
        return $"{Motions[random.Next(Motions.Length)]} by {by}. (Attachments: # 1 Memorandum in Support, # 2 Exhibit A)";
    }

    private static string Ruling(Random random, List<int> pending, string judge)
    {
        var motion = pending[random.Next(pending.Count)];
        pending.Remove(motion);
        var outcome = random.Next(3) switch { 0 => "GRANTING", 1 => "DENYING", _ => "GRANTING IN PART AND DENYING IN PART" };
        return $"MEMORANDUM OPINION AND ORDER {outcome} {motion} Motion. Signed by Judge {judge}.";
    }
}
