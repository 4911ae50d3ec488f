using NodaTime;

namespace Clerk.Rules.Model;

/// <summary>A dated one-off closure of a calendar's court.</summary>
/// <param name="Apply">False for a closure the data does not treat as a legal holiday (a half-day closure): a due date
/// on it stays there, with a caution.</param>
internal sealed record Closure(string CalendarId, LocalDate Date, string Name, string Authority, bool Apply, string? Unconfirmed)
{
    public string Id => $"closure-{Text.Date(Date)}";
}

/// <summary>A court calendar as written in the data: its recurring holidays and its dated closures.</summary>
internal sealed record CalendarData(
    string Id,
    string Name,
    string Authority,
    IReadOnlyList<HolidayRule> Holidays,
    IReadOnlyList<Closure> Closures)
{
    /// <summary>
    /// Every holiday and closure observed in <paramref name="year"/>, sorted by date. A holiday counts in the year it
    /// is observed in: New Year's Day of the next year observed on 31 December belongs to this year.
    /// </summary>
    public IReadOnlyList<Holiday> HolidaysIn(int year)
    {
        var list = new List<Holiday>();
        foreach (var nominalYear in (ReadOnlySpan<int>)[year, year + 1])
        {
            foreach (var rule in Holidays)
            {
                if (!rule.Apply)
                {
                    continue;
                }

                var nominal = rule.NominalDate(nominalYear, NominalOf);
                if (!rule.InForce.Covers(nominal))
                {
                    continue;
                }

                var observed = rule.Observed(nominal);
                if (observed.Year == year)
                {
                    list.Add(new Holiday(observed, observed == nominal ? rule.Name : $"{rule.Name} (observed)", rule.Authority)
                    {
                        RowId = rule.Id, Unconfirmed = rule.Unconfirmed,
                    });
                }
            }
        }

        foreach (var closure in Closures)
        {
            if (closure.Date.Year == year && closure.Apply)
            {
                list.Add(new Holiday(closure.Date, closure.Name, closure.Authority, IsClosure: true) { RowId = closure.Id, Unconfirmed = closure.Unconfirmed });
            }
        }

        list.Sort((a, b) => a.Date.CompareTo(b.Date));
        return list;
    }

    private LocalDate NominalOf(string holidayId, int year)
    {
        var rule = Holidays.FirstOrDefault(h => h.Id == holidayId)
            ?? throw new InvalidDataException($"Calendar '{Id}': relative_to names unknown holiday '{holidayId}'.");
        return rule.NominalDate(year, NominalOf);
    }
}
