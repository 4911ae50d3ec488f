using Clerk.Domain;
using CsCheck;
using NodaTime;

namespace Clerk.Store.Tests;

/// <summary>
/// Matters that pass the model's rules, whose texts are what YAML reads as something else: null and
/// its spellings, booleans, numbers, indicators, edge whitespace, line breaks of every kind,
/// control characters, astral characters.
/// </summary>
internal static class MatterGenerators
{
    private static readonly string[] YamlSpecial =
    [
        "null", "Null", "NULL", "~", "", "true", "False", "no", "Yes", "on", "y", "1e3", "12", "-7", "0x1F", ".inf", ".NaN", "2023-08-23",
        "-x", "- x", "-", ":", "a: b", "a:b", "#", "# c", "a #b", " lead", "trail ", "  ", "'", "\"", "'q'", "[a", "{a", "a,b", "*a", "&a",
        "!a", "!!str", "%a", "@a", "`a", "|", ">", "?", "? a", "<<", "---", "...", "a\nb", "a\n b\n", "\na", "a\n\n", "x\r\ny", "x\r",
        "\u2028", "\u0085", "\t", "a\tb", "\u001b]0;t\u0007", "\u009b", "\0", "😀", "é", "\uFEFFa",
    ];

    private static readonly Gen<char> Nasty = Gen.OneOfConst('a', 'Z', '0', ' ', '\n', '\r', '\t', '#', ':', '-', '\'', '"', '\\', 'é', '\u0085', '\u2028', '\u001b', '\0', '[', '{', '&', '*');

    public static readonly Gen<string> Text = Gen.Frequency(
        (2, Gen.OneOfConst(YamlSpecial)),
        (2, Gen.String[Gen.Char[' ', '~'], 0, 10]),
        (1, Gen.String[Nasty, 1, 8]));

    private static readonly Gen<string?> OptionalText = Gen.Frequency((1, Gen.Const((string?)null)), (2, Text.Select(t => (string?)t)));

    // Ids are free text but not blank; '/' and '#' are left out because composite fact keys join ids with them.
    private static readonly Gen<string> Id = Text.Where(t => !string.IsNullOrWhiteSpace(t) && !t.Contains('/', StringComparison.Ordinal) && !t.Contains('#', StringComparison.Ordinal));

    private static readonly Gen<LocalDate> Day = Gen.Int[0, Period.DaysBetween(new LocalDate(1990, 1, 1), new LocalDate(2100, 12, 31))]
        .Select(d => new LocalDate(1990, 1, 1).PlusDays(d));

    private static readonly Gen<PartialDate?> Partial = Gen.Frequency(
        (1, Gen.Const((PartialDate?)null)),
        (2, Day.Select(d => (PartialDate?)PartialDate.OnDay(d))),
        (1, Day.Select(d => (PartialDate?)PartialDate.InMonth(d.Year, d.Month).AsApproximate())));

    private static Gen<string[]> Ids(int min, int max) => Id.Array[min, max].Select(a => a.Distinct(StringComparer.Ordinal).ToArray());

    private static Gen<T?> Maybe<T>(Gen<T> gen)
        where T : struct => Gen.Frequency((1, Gen.Const((T?)null)), (2, gen.Select(x => (T?)x)));

    /// <summary>A civil case and its parallel criminal case, with every kind of fact about them.</summary>
    public static readonly Gen<Matter> Matters =
        from ids in Ids(14, 20).Where(a => a.Length >= 14)
        from texts in Text.Array[40]
        from optional in OptionalText.Array[24]
        from partyCount in Gen.Int[1, 4]
        from roles in Gen.Enum<PartyRole>().Array[4]
        from kinds in Gen.Enum<PartyKind>().Array[4]
        from entryCount in Gen.Int[0, 3]
        from entryDays in Maybe(Day).Array[6]
        from counts in Maybe(Gen.Int[1, 5]).Array[4]
        from chargeCount in Gen.Int[0, 4]
        from dismissed in Gen.Bool.Array[4]
        from dates in Partial.Array[8]
        from status in Gen.Enum<CaseStatus>()
        from detailed in Gen.Bool.Array[30]
        select Build(ids, texts, optional, partyCount, roles, kinds, entryCount, entryDays, counts, chargeCount, dismissed, dates, status, detailed);

    private static Matter Build(string[] ids, string[] t, string?[] o, int partyCount, PartyRole[] roles, PartyKind[] kinds, int entryCount,
        LocalDate?[] entryDays, int?[] counts, int chargeCount, bool[] dismissed, PartialDate?[] dates, CaseStatus status, bool[] detailed)
    {
        var source = new SourceId(ids[0]);
        var court = new CourtId(ids[1]);
        var judge = new JudgeId(ids[2]);
        var civil = new CaseId(ids[3]);
        var criminal = new CaseId(ids[4]);
        var attorney = new AttorneyId(ids[5]);
        var entryKeys = new EntryKeys.Counter();
        var parties = Enumerable.Range(0, partyCount).Select(i => new Party(new PartyId(ids[6 + i]), t[i], kinds[i], o[i])).ToList();
        var charges = Enumerable.Range(0, chargeCount).Select(i => new Charge(new ChargeId(ids[10 + i]), criminal, counts[i], o[4 + i], t[4 + i],
            dismissed[i] ? [new(ChargeStatus.Filed, null, o[8 + i]), new(ChargeStatus.DismissedWithoutPrejudice, null, t[8 + i])] : [new(ChargeStatus.Filed, null, o[8 + i])])).ToList();
        var m = new Matter
        {
            Sources = [new Source(source, SourceKind.NewsReport, t[12], o[12], entryDays[5], o[13], t[13])],
            Courts = [new Court(court, t[14], t[15], "America/Denver", o[14] is null ? null : "us-nm")],
            Judges = [new Judge(judge, t[16])],
            Parties = parties,
            Attorneys = [new Attorney(attorney, t[17], o[15])],
            Cases =
            [
                new Case(civil, court, o[16], t[18], CaseKind.Civil, status, judge, dates[0], null),
                new Case(criminal, court, o[17], t[19], CaseKind.Criminal, CaseStatus.Open, null, dates[1], null),
            ],
            CaseLinks = [new CaseLink(civil, CaseLinkKind.ParallelCriminal, criminal)],
            Participations =
            [
                .. parties.Select((p, i) => new Participation(civil, p.Id, roles[i], t[20 + i], entryDays[i])),
                new Participation(criminal, parties[0].Id, PartyRole.Defendant, t[24], null),
            ],
            Counsel = [new Counsel(civil, attorney, parties[0].Id, [t[25], t[26]])],
            // Keys as a reader gives them: two entries alike are told apart by their order.
            Entries = [.. Enumerable.Range(1, entryCount).Select(i => new DocketEntry(civil, i, o[20 + i], entryDays[i], null, t[26 + i], entryKeys.Next(civil, o[20 + i], entryDays[i], t[26 + i])))],
            Motions = [new Motion(new MotionId(ids[^1]), civil, MotionType.Dismiss, parties[^1].Id, t[30], MotionStatus.Pending, null, null, null)],
            Charges = charges,
            Claims = [new Claim(new ClaimId(ids[^2]), civil, t[31], o[18], dates[2], [parties[0].Id], [parties[^1].Id], [t[32], t[33]], [t[34]])],
            Statements = [new Statement(new StatementId(ids[^3]), civil, t[35], SpeakerRole.Counsel, parties[0].Id, dates[3], t[36], o[19])],
            Questions = [new OpenQuestion(new QuestionId(ids[^4]), criminal, t[37], dates[4])],
        };
        return m with { Citations = [.. m.Facts().Select((f, i) => new Citation(source, f, detailed[i % detailed.Length] ? t[38 + (i % 2)] : null))] };
    }
}
