using System.Text;

namespace Clerk.Pacer.Tests.BadInput;

/// <summary>
/// Hostile nesting depth cannot exhaust the stack, even on a thread with a small one (a recursive
/// walk of 20,000 levels needs several megabytes of stack).
/// </summary>
public sealed class DeepNestingTests
{
    [Theory]
    [InlineData("div")]
    [InlineData("font")]
    [InlineData("table")]
    public void Twenty_thousand_nested_elements_parse_on_a_256_KB_stack(string tag)
    {
        var html = new StringBuilder();
        for (int i = 0; i < 20_000; i++)
        {
            html.Append('<').Append(tag).Append('>');
        }

        var bytes = Encoding.UTF8.GetBytes(html.Append("text").ToString());
        PacerParseResult? result = null;
        var thread = new Thread(() => result = PacerDocketParser.Parse(bytes, "akd"), maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();

        Assert.NotNull(result);
        Assert.Null(result.Docket);
        Assert.False(string.IsNullOrWhiteSpace(result.NotDocketReason));
    }
}
