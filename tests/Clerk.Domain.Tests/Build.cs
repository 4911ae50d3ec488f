using NodaTime;

namespace Clerk.Domain.Tests;

/// <summary>Small valid facts for tests to vary.</summary>
internal static class Build
{
    public static readonly CaseId Civil = new("civil-1");
    public static readonly CaseId Criminal = new("criminal-1");
    public static readonly PartyId Plaintiff = new("p");
    public static readonly PartyId Defendant = new("d");
    public static readonly SourceId Source = new("src");

    public static Motion Motion(PartialDate? filed, PartialDate? ruled, MotionStatus status = MotionStatus.Denied, MotionType type = MotionType.Dismiss, CaseId? awaits = null, PartyId? movant = null) =>
        new(new MotionId("m"), Civil, type, movant ?? Defendant, "relief", status, filed, ruled is { } r ? new Ruling(r, null, null) : null, awaits);

    /// <summary>A civil and a criminal case with parties, every fact cited.</summary>
    public static Matter Matter()
    {
        var m = new Matter
        {
            Sources = [new Source(Source, SourceKind.NewsReport, "Paper", "T", new LocalDate(2023, 8, 23), null, null)],
            Courts = [new Court(new CourtId("court"), "Court", "NM", "America/Denver")],
            Parties = [new Party(Plaintiff, "P", PartyKind.Person, null), new Party(Defendant, "D", PartyKind.Person, null)],
            Cases =
            [
                new Case(Civil, new CourtId("court"), null, "P v. D", CaseKind.Civil, CaseStatus.Open, null, PartialDate.Parse("2023-02"), null),
                new Case(Criminal, new CourtId("court"), null, "State v. D", CaseKind.Criminal, CaseStatus.Dismissed, null, null, null),
            ],
            Participations =
            [
                new Participation(Civil, Plaintiff, PartyRole.Plaintiff, "plaintiff", null),
                new Participation(Civil, Defendant, PartyRole.Defendant, "defendant", null),
                new Participation(Criminal, Defendant, PartyRole.Defendant, "defendant", null),
            ],
        };
        return CiteAll(m);
    }

    public static Matter CiteAll(Matter m) => m with { Citations = [.. m.Facts().Select(f => new Citation(Source, f, null))] };
}
