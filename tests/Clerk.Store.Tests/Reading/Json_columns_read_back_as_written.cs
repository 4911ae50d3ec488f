using System.Text.Json;
using Clerk.Domain;
using Clerk.Store.Reading;
using CsCheck;

namespace Clerk.Store.Tests.Reading;

/// <summary>The read path parses JSON columns by hand; the serializer writes them. Both must agree on every value.</summary>
public sealed class Json_columns_read_back_as_written
{
    private static readonly Gen<PartialDate> Dates = Gen.OneOf(
        Gen.Int[1990, 2100].Select(y => PartialDate.Parse($"{y}")),
        Gen.Select(Gen.Int[1990, 2100], Gen.Int[1, 12], (y, m) => PartialDate.Parse($"{y}-{m:00}")),
        Gen.Select(Gen.Int[1990, 2100], Gen.Int[1, 12], Gen.Int[1, 28], (y, m, d) => PartialDate.Parse($"{y}-{m:00}-{d:00}")));

    private static readonly Gen<string?> MaybeText = Gen.Frequency((1, Gen.Const((string?)null)), (3, MatterGenerators.Text.Select(t => (string?)t)));

    private static T RoundTrip<T>(T value)
    {
        var text = JsonSerializer.Serialize(value, StoreJson.Options);
        var read = ColumnJson.ReaderFor(typeof(T)) ?? throw new InvalidOperationException($"no reader for {typeof(T).Name}");
        return (T)read(text);
    }

    [Fact]
    public void Lists_of_text_read_back_to_the_same_items()
    {
        MatterGenerators.Text.List[0, 6].Sample(list =>
            Assert.Equal(list, RoundTrip<IReadOnlyList<string>>(list)));
    }

    [Fact]
    public void Lists_of_parties_read_back_to_the_same_ids()
    {
        MatterGenerators.Text.Select(t => new PartyId(t)).List[0, 6].Sample(list =>
            Assert.Equal(list, RoundTrip<IReadOnlyList<PartyId>>(list)));
    }

    [Fact]
    public void A_charge_history_reads_back_with_every_status_date_and_detail()
    {
        var events = Gen.Select(Gen.Enum<ChargeStatus>(), Gen.Frequency((1, Gen.Const((PartialDate?)null)), (3, Dates.Select(d => (PartialDate?)d))), MaybeText,
            (status, date, detail) => new ChargeEvent(status, date, detail));
        events.List[0, 6].Sample(list =>
            Assert.Equal(list, RoundTrip<IReadOnlyList<ChargeEvent>>(list)));
    }

    [Fact]
    public void Every_charge_status_reads_back_as_itself()
    {
        foreach (var status in Enum.GetValues<ChargeStatus>())
        {
            IReadOnlyList<ChargeEvent> history = [new(status, null, null)];
            Assert.Equal(status, RoundTrip(history)[0].Status);
        }
    }

    [Fact]
    public void A_ruling_reads_back_with_its_entry_and_judge_or_without_them()
    {
        Gen.Select(Dates, Gen.Frequency((1, Gen.Const((int?)null)), (3, Gen.Int[0, 100_000].Select(i => (int?)i))), MaybeText,
            (date, entry, judge) => new Ruling(date, entry, judge is null ? null : new JudgeId(judge))).Sample(ruling =>
            Assert.Equal(ruling, RoundTrip(ruling)));
    }

    [Fact]
    public void A_type_not_stored_as_json_has_no_reader()
    {
        Assert.Null(ColumnJson.ReaderFor(typeof(Case)));
    }
}
