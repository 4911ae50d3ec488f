namespace Clerk.Domain;

/// <summary>An id that is a name: it wraps the text and is made back from it.</summary>
public interface IId<TSelf>
    where TSelf : struct, IId<TSelf>
{
    string Value { get; }

    static abstract TSelf Of(string value);
}

// Ids are the stable names a matter file or an importer gives to facts ("rust-civil",
// "nmd-1-23-cv-00123"); they are strings so files can refer to one another by name.

/// <summary>Identifies a court.</summary>
public readonly record struct CourtId(string Value) : IId<CourtId>
{
    public static CourtId Of(string value) => new(value);

    public override string ToString() => Value;
}

/// <summary>Identifies a judge.</summary>
public readonly record struct JudgeId(string Value) : IId<JudgeId>
{
    public static JudgeId Of(string value) => new(value);

    public override string ToString() => Value;
}

/// <summary>Identifies an incident.</summary>
public readonly record struct IncidentId(string Value) : IId<IncidentId>
{
    public static IncidentId Of(string value) => new(value);

    public override string ToString() => Value;
}

/// <summary>Identifies a case.</summary>
public readonly record struct CaseId(string Value) : IId<CaseId>
{
    public static CaseId Of(string value) => new(value);

    public override string ToString() => Value;
}

/// <summary>Identifies a party (a person or an organization).</summary>
public readonly record struct PartyId(string Value) : IId<PartyId>
{
    public static PartyId Of(string value) => new(value);

    public override string ToString() => Value;
}

/// <summary>Identifies an attorney.</summary>
public readonly record struct AttorneyId(string Value) : IId<AttorneyId>
{
    public static AttorneyId Of(string value) => new(value);

    public override string ToString() => Value;
}

/// <summary>Identifies a motion.</summary>
public readonly record struct MotionId(string Value) : IId<MotionId>
{
    public static MotionId Of(string value) => new(value);

    public override string ToString() => Value;
}

/// <summary>Identifies a criminal charge.</summary>
public readonly record struct ChargeId(string Value) : IId<ChargeId>
{
    public static ChargeId Of(string value) => new(value);

    public override string ToString() => Value;
}

/// <summary>Identifies a civil claim.</summary>
public readonly record struct ClaimId(string Value) : IId<ClaimId>
{
    public static ClaimId Of(string value) => new(value);

    public override string ToString() => Value;
}

/// <summary>Identifies a statement.</summary>
public readonly record struct StatementId(string Value) : IId<StatementId>
{
    public static StatementId Of(string value) => new(value);

    public override string ToString() => Value;
}

/// <summary>Identifies a source (a court record, a news report).</summary>
public readonly record struct SourceId(string Value) : IId<SourceId>
{
    public static SourceId Of(string value) => new(value);

    public override string ToString() => Value;
}

/// <summary>Identifies an open question.</summary>
public readonly record struct QuestionId(string Value) : IId<QuestionId>
{
    public static QuestionId Of(string value) => new(value);

    public override string ToString() => Value;
}
