using NodaTime;

namespace Clerk.Domain.Tests;

/// <summary>Keys given by <see cref="EntryKeys.Counter"/>: by number, else by date and text, made unique by order among equals.</summary>
public sealed class EntryKeyTests
{
    private static readonly CaseId Case = new("nmd:1:23-cv-00123");
    private static readonly LocalDate Day = new(2023, 8, 23);

    [Fact]
    public void A_numbered_entry_is_keyed_by_its_number()
    {
        var keys = new EntryKeys.Counter();
        Assert.Equal("n12", keys.Next(Case, "12", Day, "ORDER"));
        Assert.Equal("n13", keys.Next(Case, "13", Day, "ORDER"));
    }

    [Fact]
    public void The_same_number_again_is_told_apart_by_its_order_among_equals()
    {
        var keys = new EntryKeys.Counter();
        string[] given = [keys.Next(Case, "7", Day, "a"), keys.Next(Case, "8", Day, "b"), keys.Next(Case, "7", Day, "c"), keys.Next(Case, "7", null, "d"), keys.Next(Case, "8", Day, "e")];
        Assert.Equal(["n7", "n8", "n7~2", "n7~3", "n8~2"], given);
    }

    [Fact]
    public void A_number_written_with_a_leading_zero_or_a_letter_is_a_key_of_its_own()
    {
        var keys = new EntryKeys.Counter();
        string[] given = [keys.Next(Case, "7", Day, "a"), keys.Next(Case, "07", Day, "b"), keys.Next(Case, "07", Day, "c"), keys.Next(Case, "7a", Day, "d"), keys.Next(Case, "0", Day, "e"), keys.Next(Case, "0", Day, "f")];
        Assert.Equal(["n7", "n07", "n07~2", "n7a", "n0", "n0~2"], given);
    }

    [Fact]
    public void An_unnumbered_entry_is_keyed_by_its_date_and_a_hash_of_its_text()
    {
        var keys = new EntryKeys.Counter();
        var first = keys.Next(Case, null, Day, "Minute entry");
        Assert.Matches("^d20230823-[0-9a-f]{10}$", first);
        Assert.Equal(first + "~2", keys.Next(Case, null, Day, "Minute entry"));
        Assert.NotEqual(first, keys.Next(Case, null, Day, "Minute entry.")[..first.Length]);
        Assert.StartsWith("d-", keys.Next(Case, "", null, "Minute entry"), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_case_counts_its_own_entries()
    {
        var keys = new EntryKeys.Counter();
        var other = new CaseId("nmd:1:23-cr-00001");
        Assert.Equal("n1", keys.Next(Case, "1", Day, "a"));
        Assert.Equal("n1", keys.Next(other, "1", Day, "a"));
        Assert.Equal("n1~2", keys.Next(Case, "1", Day, "a"));
    }

    [Fact]
    public void A_re_read_docket_gets_the_same_keys()
    {
        (string?, LocalDate?, string)[] docket = [("1", Day, "a"), (null, Day, "b"), ("1", Day, "c"), (null, Day, "b"), ("2", null, "d")];
        string[] Keys()
        {
            var keys = new EntryKeys.Counter();
            return [.. docket.Select(e => keys.Next(Case, e.Item1, e.Item2, e.Item3))];
        }

        Assert.Equal(Keys(), Keys());
        Assert.Equal(5, Keys().Distinct().Count());
    }
}
