namespace Clerk.Domain;

/// <summary>The kinds of fact a citation can attach a source to.</summary>
public enum FactKind
{
    Court,
    Judge,
    Incident,
    Case,
    CaseLink,
    Party,
    Participation,
    Attorney,
    Counsel,
    DocketEntry,
    Motion,
    Charge,
    Claim,
    Statement,
    Question,

    /// <summary>A source itself; used only to ask whether a source is known.</summary>
    Source,
}

/// <summary>
/// Names one fact. Facts with their own id use it; the others use a key made of theirs:
/// a docket entry "case#key" (its <see cref="DocketEntry.Key"/>), a participation "case/party/role", counsel "case/attorney/client",
/// a case link "from/kind/to", an incident of a case "case/incident".
/// </summary>
public readonly record struct FactRef(FactKind Kind, string Key)
{
    public override string ToString() => $"{Kind} {Key}";

    public static FactRef Of(DocketEntry e) => new(FactKind.DocketEntry, $"{e.Case}#{e.Key}");

    public static FactRef Of(Participation p) => new(FactKind.Participation, $"{p.Case}/{p.Party}/{p.Role}");

    public static FactRef Of(Counsel c) => new(FactKind.Counsel, $"{c.Case}/{c.Attorney}/{c.Client}");

    public static FactRef Of(CaseLink l) => new(FactKind.CaseLink, $"{l.From}/{l.Kind}/{l.To}");
}

/// <summary>A source backs a fact; <see cref="Detail"/> says where in the source, or what it says.</summary>
public sealed record Citation(SourceId Source, FactRef Fact, string? Detail);
