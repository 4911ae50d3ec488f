using System.Text.Json.Nodes;

namespace Clerk.Pacer.Tests.Conformance;

public sealed class JsonDiffTests
{
    private static List<string> Diff(string expected, string actual) =>
        JsonDiff.Differences(JsonNode.Parse(expected), JsonNode.Parse(actual));

    [Fact]
    public void Objects_with_the_same_members_in_another_order_are_equal() =>
        Assert.Empty(Diff("""{"a":1,"b":[1,2]}""", """{"b":[1,2],"a":1}"""));

    [Fact]
    public void A_changed_value_is_reported_with_its_path_and_both_values() =>
        Assert.Equal(["$.parties[1].name: expected \"B\", actual \"C\""], Diff("""{"parties":[{"name":"A"},{"name":"B"}]}""", """{"parties":[{"name":"A"},{"name":"C"}]}"""));

    [Fact]
    public void Array_order_matters() =>
        Assert.NotEmpty(Diff("[1,2]", "[2,1]"));

    [Fact]
    public void A_missing_and_an_extra_member_are_both_reported()
    {
        var diffs = Diff("""{"a":null}""", """{"b":null}""");
        Assert.Equal(["$.a: missing (expected null)", "$.b: unexpected (actual null)"], diffs);
    }

    [Fact]
    public void Null_and_empty_text_differ() =>
        Assert.NotEmpty(Diff("""{"a":null}""", """{"a":""}"""));
}
