namespace Clerk.Pacer.Tests.Appellate;

public sealed class Json_diff_reports_differing_paths
{
    [Fact]
    public void Key_order_does_not_matter()
    {
        Assert.Empty(AppellateJsonDiff.Differences("""{"a":1,"b":[1,2]}""", """{"b":[1,2],"a":1}"""));
    }

    [Fact]
    public void A_changed_value_array_order_and_missing_key_are_each_named_by_path()
    {
        var found = AppellateJsonDiff.Differences(
            """{"a":"x","list":[1,2],"gone":null}""",
            """{"a":"y","list":[2,1]}""");

        Assert.Equal(
            [
                "$.a: expected \"x\", actual \"y\"",
                "$.list[0]: expected 1, actual 2",
                "$.list[1]: expected 2, actual 1",
                "$.gone: expected null, actual key missing",
            ],
            found);
    }
}
