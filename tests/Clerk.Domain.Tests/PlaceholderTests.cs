namespace Clerk.Domain.Tests;

public class PlaceholderTests
{
    [Fact]
    public void The_answer_is_forty_two() => Assert.Equal(42, Placeholder.Answer);
}
