namespace Clerk.Rules;

/// <summary>How the paper that starts the period was served. Some methods add days after the period
/// would otherwise expire (Fed. R. Civ. P. 6(d); Rule 1-006(C) NMRA); which ones depends on the rule in force
/// on the service date.</summary>
public enum ServiceMethod
{
    /// <summary>No service is involved (the trigger is an entry, a hearing, a filing), or it adds nothing.</summary>
    None,
    Electronic,
    Mail,
    LeftWithClerk,
    OtherConsented,

    /// <summary>Service by facsimile (Rule 1-006(C) NMRA).</summary>
    Facsimile,

    /// <summary>Deposit in a court facility, e.g. a box the court keeps for the parties (Rule 1-006(C) NMRA).</summary>
    CourtFacility,
}
