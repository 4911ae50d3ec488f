using NodaTime;

namespace Clerk.Rules.Tests.Computation;

public sealed class Service_days
{
    private static Deadline Compute(string rules, LocalDate served, int days, ServiceMethod service, Direction direction = Direction.After) =>
        RuleBook.Default.ComputeDeadline(new DeadlineRequest(rules, served, days, PeriodUnit.Days, direction, service));

    [Fact]
    public void Electronic_service_on_30_November_2016_still_adds_three_days()
    {
        // 14 days end Wednesday 2016-12-14; 3 more end Saturday 2016-12-17; next court day Monday 2016-12-19.
        var deadline = Compute("us-fed", new(2016, 11, 30), 14, ServiceMethod.Electronic);

        Assert.Equal(new LocalDate(2016, 12, 19), deadline.Due);
        Assert.Equal(3, deadline.ServiceDaysAdded);
    }

    [Fact]
    public void Electronic_service_from_1_December_2016_adds_nothing()
    {
        var deadline = Compute("us-fed", new(2016, 12, 1), 14, ServiceMethod.Electronic);

        Assert.Equal(new LocalDate(2016, 12, 15), deadline.Due);
        Assert.Equal(0, deadline.ServiceDaysAdded);
    }

    [Theory]
    [InlineData(ServiceMethod.Mail)]
    [InlineData(ServiceMethod.LeftWithClerk)]
    [InlineData(ServiceMethod.OtherConsented)]
    public void Federal_service_by_mail_clerk_or_consent_adds_three_days_today(ServiceMethod method)
    {
        // 14 days after Monday 2025-03-03 end Monday 2025-03-17; plus 3 is Thursday 2025-03-20.
        Assert.Equal(new LocalDate(2025, 3, 20), Compute("us-fed", new(2025, 3, 3), 14, method).Due);
    }

    [Fact]
    public void New_Mexico_adds_three_days_for_mail_but_not_for_electronic_service()
    {
        // 15 days after Monday 2025-03-03 end Tuesday 2025-03-18; mail adds 3: Friday 2025-03-21.
        Assert.Equal(new LocalDate(2025, 3, 21), Compute("us-nm", new(2025, 3, 3), 15, ServiceMethod.Mail).Due);
        Assert.Equal(new LocalDate(2025, 3, 18), Compute("us-nm", new(2025, 3, 3), 15, ServiceMethod.Electronic).Due);
    }

    [Fact]
    public void Service_days_never_apply_to_a_period_counted_backward()
    {
        var deadline = Compute("us-fed", new(2025, 3, 3), 7, ServiceMethod.Mail, Direction.Before);

        Assert.Equal(new LocalDate(2025, 2, 24), deadline.Due);
        Assert.Equal(0, deadline.ServiceDaysAdded);
    }
}
