namespace Clerk.Rules;

/// <summary>Whether a period is counted forward from its trigger (a response "within 21 days after service")
/// or backward from it (a paper served "at least 14 days before the hearing").</summary>
public enum Direction
{
    After,
    Before,
}
