namespace Clerk.Rules;

/// <summary>The unit a period is stated in.</summary>
public enum PeriodUnit
{
    Days,
    Weeks,
    Months,
    Years,
}
