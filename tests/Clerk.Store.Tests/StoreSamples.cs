using Clerk.Domain;
using NodaTime;

namespace Clerk.Store.Tests;

/// <summary>A matter that uses every kind of fact and every kind of value the store converts.</summary>
internal static class StoreSamples
{
    public static readonly CaseId Civil = new("civil-1");
    public static readonly CaseId Criminal = new("criminal-1");

    public static Matter Matter()
    {
        var src = new SourceId("src");
        var m = new Matter
        {
            Sources = [new Source(src, SourceKind.NewsReport, "Paper", "Title “quoted”", new LocalDate(2023, 8, 23), "https://example.test/a", "Text\nwith lines")],
            Courts = [new Court(new CourtId("court"), "Court", "New Mexico", "America/Denver")],
            Judges = [new Judge(new JudgeId("j"), "Judge J")],
            Incidents = [new Incident(new IncidentId("inc"), "What", "Where", PartialDate.Parse("2021-10-21"))],
            Parties = [new Party(new PartyId("p"), "P", PartyKind.Organization, "desc"), new Party(new PartyId("d"), "D", PartyKind.Person, null)],
            Attorneys = [new Attorney(new AttorneyId("a"), "A", "Firm\nStreet 1\n")],
            Cases =
            [
                new Case(Civil, new CourtId("court"), "1:23-cv-00001", "P v. D", CaseKind.Civil, CaseStatus.Open, new JudgeId("j"), PartialDate.Parse("about 2023-02"), null),
                new Case(Criminal, new CourtId("court"), null, "State v. D", CaseKind.Criminal, CaseStatus.Dismissed, null, PartialDate.Parse("2023-01-31"), PartialDate.Parse("2023-04")),
            ],
            CaseIncidents = [new CaseIncident(Civil, new IncidentId("inc")), new CaseIncident(Criminal, new IncidentId("inc"))],
            CaseLinks = [new CaseLink(Civil, CaseLinkKind.ParallelCriminal, Criminal)],
            Participations =
            [
                new Participation(Civil, new PartyId("p"), PartyRole.Plaintiff, "Plaintiff", null),
                new Participation(Civil, new PartyId("d"), PartyRole.Defendant, "Defendant", new LocalDate(2024, 2, 29)),
                new Participation(Criminal, new PartyId("d"), PartyRole.Defendant, "Defendant (1)", null),
            ],
            Counsel = [new Counsel(Civil, new AttorneyId("a"), new PartyId("d"), ["LEAD ATTORNEY", "ATTORNEY TO BE NOTICED"])],
            Entries =
            [
                new DocketEntry(Civil, 1, "1", new LocalDate(2023, 2, 14), new LocalDate(2023, 2, 15), "COMPLAINT <b>not markup</b>"),
                new DocketEntry(Civil, 2, null, null, null, "Minute entry"),
            ],
            Motions =
            [
                new Motion(new MotionId("m1"), Civil, MotionType.Stay, new PartyId("d"), "stay", MotionStatus.Denied, PartialDate.Parse("2023-05"),
                    new Ruling(PartialDate.Parse("2023-08-23"), 2, new JudgeId("j")), Criminal),
                new Motion(new MotionId("m2"), Civil, MotionType.SummaryJudgment, new PartyId("p"), "judgment", MotionStatus.Pending, null, null, null),
            ],
            Charges =
            [
                new Charge(new ChargeId("c1"), Criminal, 1, "NMSA 30-2-3", "Involuntary manslaughter",
                    [new(ChargeStatus.Filed, PartialDate.Parse("2023-01-31"), null), new(ChargeStatus.DismissedWithoutPrejudice, PartialDate.Parse("2023-04"), "dropped")]),
            ],
            Claims = [new Claim(new ClaimId("cl"), Civil, "Negligence", "personal-injury", PartialDate.Parse("2021-10-21"), [new PartyId("p")], [new PartyId("d")], ["unsafe"], ["hearing loss", "shock"])],
            Statements = [new Statement(new StatementId("s"), Civil, "Counsel", SpeakerRole.Counsel, new PartyId("d"), PartialDate.Parse("2023-08"), "untimely", "timeliness")],
            Questions = [new OpenQuestion(new QuestionId("q"), Criminal, "Refiled?", PartialDate.Parse("2023-08-23"))],
        };
        return m with { Citations = [.. m.Facts().Select((f, i) => new Citation(src, f, i % 2 == 0 ? null : $"detail {i}"))] };
    }
}
