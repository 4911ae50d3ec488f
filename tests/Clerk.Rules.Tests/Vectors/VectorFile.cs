using System.Globalization;
using Clerk.Testing;
using NodaTime;
using NodaTime.Text;
using YamlDotNet.RepresentationModel;

namespace Clerk.Rules.Tests.Vectors;

public sealed record DeadlineVector(string Id, string Rules, LocalDate Trigger, int Count, PeriodUnit Unit, Direction Direction, ServiceMethod Service, LocalDate Expected, LocalDate? RulesAsOf)
{
    public override string ToString() => Id;
}

public sealed record LimitationVector(string Id, string Rules, string Claim, LocalDate Injury, LocalDate Expected, LocalDate? Born = null)
{
    public override string ToString() => Id;
}

public sealed record HolidayVector(string Calendar, LocalDate Date, bool IsHoliday, string Why)
{
    public override string ToString() => $"{Calendar} {Date:uuuu-MM-dd}";
}

/// <summary>
/// A file of worked examples in the format of the shared fixtures: the shared file itself,
/// <c>fixtures/deadlines/vectors.yaml</c>, or the project's own (<see cref="Own"/>). Reading fails loudly when the
/// file is missing or an entry has a field this reader does not understand, so no example is silently dropped.
/// </summary>
public sealed class VectorFile
{
    /// <summary>The shared worked examples.</summary>
    public static readonly VectorFile Shared = new(() => Fixtures.Path("deadlines", "vectors.yaml"));

    /// <summary>The worked examples for the rows issue 11 changed or added, kept beside this reader.</summary>
    public static readonly VectorFile Own = new(() => Path.Combine(Fixtures.RepositoryRoot, "tests", "Clerk.Rules.Tests", "Vectors", "issue-11-vectors.yaml"));

    private readonly Lazy<YamlMappingNode> _root;

    private VectorFile(Func<string> path) => _root = new(() =>
    {
        var stream = new YamlStream();
        using var reader = File.OpenText(path());
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    });

    public IReadOnlyList<DeadlineVector> Deadlines => [.. Items("deadlines").Select(ReadDeadline)];

    public IReadOnlyList<LimitationVector> Limitations => [.. Items("limitations").Select(ReadLimitation)];

    public IReadOnlyList<HolidayVector> Holidays => [.. Items("holidays").Select(ReadHoliday)];

    public IReadOnlyList<string> Sections => [.. _root.Value.Children.Keys.Select(k => ((YamlScalarNode)k).Value!)];

    private IEnumerable<Dictionary<string, string>> Items(string section)
    {
        var node = _root.Value.Children.TryGetValue(new YamlScalarNode(section), out var value)
            ? (YamlSequenceNode)value
            : throw new InvalidDataException($"vectors.yaml has no '{section}' section.");
        return node.Children.Select(item => Flatten((YamlMappingNode)item));
    }

    // The holidays section is written as flow mappings, where an unquoted comma ends a value: `why: on Sunday,
    // observed Monday` parses as why = "on Sunday" plus an extra key "observed Monday" with no value. Such value-less
    // keys are rejoined to the value before them, so the text reads as its author meant.
    private static Dictionary<string, string> Flatten(YamlMappingNode item)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        string? previous = null;
        foreach (var (key, value) in item.Children)
        {
            var name = ((YamlScalarNode)key).Value!;
            var text = ((YamlScalarNode)value).Value;
            if (string.IsNullOrEmpty(text) && previous is not null)
            {
                result[previous] += ", " + name;
                continue;
            }

            result[name] = text ?? "";
            previous = name;
        }

        return result;
    }

    private static DeadlineVector ReadDeadline(Dictionary<string, string> v)
    {
        Known(v, "id", "rules", "trigger", "period", "expected", "why", "source", "service", "direction", "rules_as_of");
        var (count, unit) = Period(v["period"]);
        return new DeadlineVector(
            v["id"], v["rules"], Date(v["trigger"]), count, unit,
            v.GetValueOrDefault("direction", "after") switch
            {
                "after" => Direction.After,
                "before" => Direction.Before,
                var other => throw new InvalidDataException($"vector {v["id"]}: unknown direction '{other}'"),
            },
            v.GetValueOrDefault("service", "none") switch
            {
                "none" => ServiceMethod.None,
                "electronic" => ServiceMethod.Electronic,
                "mail" => ServiceMethod.Mail,
                "left-with-clerk" => ServiceMethod.LeftWithClerk,
                "other-consented" => ServiceMethod.OtherConsented,
                "facsimile" => ServiceMethod.Facsimile,
                "court-facility" => ServiceMethod.CourtFacility,
                var other => throw new InvalidDataException($"vector {v["id"]}: unknown service '{other}'"),
            },
            Date(v["expected"]),
            v.TryGetValue("rules_as_of", out var asOf) ? Date(asOf) : null);
    }

    private static LimitationVector ReadLimitation(Dictionary<string, string> v)
    {
        Known(v, "id", "rules", "claim", "injury", "expected", "why", "source", "born");
        return new LimitationVector(v["id"], v["rules"], v["claim"], Date(v["injury"]), Date(v["expected"]), v.TryGetValue("born", out var born) ? Date(born) : null);
    }

    private static HolidayVector ReadHoliday(Dictionary<string, string> v)
    {
        Known(v, "calendar", "date", "holiday", "why");
        return new HolidayVector(v["calendar"], Date(v["date"]), bool.Parse(v["holiday"]), v["why"]);
    }

    private static void Known(Dictionary<string, string> v, params string[] keys)
    {
        var unknown = v.Keys.Except(keys, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidDataException($"vector {v.GetValueOrDefault("id", "?")}: unknown field(s) {string.Join(", ", unknown)}; teach VectorFile about them.");
        }
    }

    private static (int Count, PeriodUnit Unit) Period(string text)
    {
        var count = int.Parse(text[..^1], CultureInfo.InvariantCulture);
        return text[^1] switch
        {
            'd' => (count, PeriodUnit.Days),
            'w' => (count, PeriodUnit.Weeks),
            'm' => (count, PeriodUnit.Months),
            'y' => (count, PeriodUnit.Years),
            _ => throw new InvalidDataException($"period '{text}': expected a number and d, w, m or y"),
        };
    }

    private static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();
}
