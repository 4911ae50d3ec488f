using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Clerk.Domain;

namespace Clerk.Store.MatterFiles;

/// <summary>The file formats a matter can be written in; <see cref="MatterReader"/> reads both back.</summary>
public enum MatterFormat
{
    Yaml,
    Json,
}

/// <summary>
/// Writes a <see cref="Matter"/> as a matter file that <see cref="MatterReader"/> reads back to the
/// same facts: the same keys in both formats, absent values left out.
/// </summary>
public static class MatterWriter
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(Matter matter, MatterFormat format) =>
        format == MatterFormat.Json
            ? ToJson(matter).ToJsonString(Json) + "\n"
            : ExactScalars.Serializer.Serialize(Tree(matter));

    /// <summary>The matter file's JSON form as a tree, for callers that add to it before writing.</summary>
    public static JsonObject ToJson(Matter matter) => (JsonObject)Node(Tree(matter))!;

    // Built by hand rather than by JsonSerializer: the tree holds only maps, arrays and strings, and
    // the serializer's reflection over object-typed values cost a short `clerk case --json` a fifth of its time.
    private static JsonNode? Node(object? value) => value switch
    {
        null => null,
        string text => JsonValue.Create(text),
        OrderedDictionary<string, object?> map => new JsonObject(map.Select(kv => KeyValuePair.Create(kv.Key, Node(kv.Value)))),
        object?[] list => new JsonArray([.. list.Select(Node)]),
        _ => throw new InvalidOperationException($"a matter file's tree holds maps, arrays and strings, not {value.GetType().Name}"),
    };

    private static OrderedDictionary<string, object?> Tree(Matter m)
    {
        var cites = m.Citations.ToLookup(c => c.Fact);
        object?[]? Sources(FactRef fact) =>
            [.. cites[fact].OrderBy(c => c.Source.Value, StringComparer.Ordinal).Select(c => c.Detail is null ? (object)c.Source.Value : Map(("source", c.Source.Value), ("detail", c.Detail)))];

        // Cases keep the order given: the case asked for first, then the cases it links to.
        var root = Map(("clerk", MatterReader.Format));
        root["sources"] = List(ById(m.Sources, s => s.Id.Value), s => Map(
            ("id", s.Id.Value), ("kind", Kebab.Name(s.Kind)), ("publisher", s.Publisher), ("title", s.Title), ("date", Date(s.Date)), ("locator", s.Locator), ("text", s.Text)));
        root["courts"] = List(ById(m.Courts, c => c.Id.Value), c => Map(("id", c.Id.Value), ("name", c.Name), ("jurisdiction", c.Jurisdiction), ("time_zone", c.TimeZone), ("rules", c.RuleSet),
            ("sources", Sources(new(FactKind.Court, c.Id.Value)))));
        root["judges"] = List(ById(m.Judges, j => j.Id.Value), j => Map(("id", j.Id.Value), ("name", j.Name), ("sources", Sources(new(FactKind.Judge, j.Id.Value)))));
        root["incidents"] = List(ById(m.Incidents, i => i.Id.Value), i => Map(("id", i.Id.Value), ("what", i.What), ("where", i.Where), ("when", i.When?.ToString()),
            ("sources", Sources(new(FactKind.Incident, i.Id.Value)))));
        root["parties"] = List(ById(m.Parties, p => p.Id.Value), p => Map(("id", p.Id.Value), ("name", p.Name), ("kind", Kebab.Name(p.Kind)), ("description", p.Description),
            ("sources", Sources(new(FactKind.Party, p.Id.Value)))));
        root["attorneys"] = List(ById(m.Attorneys, a => a.Id.Value), a => Map(("id", a.Id.Value), ("name", a.Name), ("contact", a.Contact),
            ("sources", Sources(new(FactKind.Attorney, a.Id.Value)))));
        root["cases"] = List(m.Cases, c => Map(
            ("id", c.Id.Value), ("court", c.Court.Value), ("docket_number", c.DocketNumber), ("caption", c.Caption), ("kind", Kebab.Name(c.Kind)),
            ("status", Kebab.Name(c.Status)), ("judge", c.Judge?.Value), ("filed", c.Filed?.ToString()), ("terminated", c.Terminated?.ToString()),
            ("incidents", Texts(m.CaseIncidents.Where(x => x.Case == c.Id).Select(x => x.Incident.Value))),
            ("sources", Sources(new(FactKind.Case, c.Id.Value))),
            ("links", List(m.CaseLinks.Where(l => l.From == c.Id).OrderBy(l => l.Kind).ThenBy(l => l.To.Value, StringComparer.Ordinal), l => Map(("kind", Kebab.Name(l.Kind)), ("case", l.To.Value), ("sources", Sources(FactRef.Of(l)))))),
            ("parties", List(m.Participations.Where(p => p.Case == c.Id).OrderBy(p => p.Role).ThenBy(p => p.Party.Value, StringComparer.Ordinal), p => Map(
                ("party", p.Party.Value), ("role", Kebab.Name(p.Role)), ("role_text", p.RoleText), ("terminated", Date(p.Terminated)), ("sources", Sources(FactRef.Of(p)))))),
            ("counsel", List(m.Counsel.Where(x => x.Case == c.Id).OrderBy(x => x.Client.Value, StringComparer.Ordinal).ThenBy(x => x.Attorney.Value, StringComparer.Ordinal), x => Map(
                ("attorney", x.Attorney.Value), ("client", x.Client.Value), ("roles", Texts(x.Roles)), ("sources", Sources(FactRef.Of(x)))))),
            ("entries", List(m.Entries.Where(e => e.Case == c.Id).OrderBy(e => e.Sequence), e => Map(
                ("sequence", e.Sequence.ToString(CultureInfo.InvariantCulture)), ("number", e.Number), ("filed", Date(e.DateFiled)), ("entered", Date(e.DateEntered)),
                ("description", e.Description), ("sources", Sources(FactRef.Of(e)))))),
            ("motions", List(ById(m.Motions.Where(x => x.Case == c.Id), x => x.Id.Value), x => Map(
                ("id", x.Id.Value), ("type", Kebab.Name(x.Type)), ("movant", x.Movant.Value), ("relief", x.Relief), ("status", Kebab.Name(x.Status)),
                ("filed", x.Filed?.ToString()),
                ("ruling", x.Ruling is { } r ? Map(("date", r.Date.ToString()), ("entry", r.EntrySequence?.ToString(CultureInfo.InvariantCulture)), ("judge", r.Judge?.Value)) : null),
                ("awaits", x.AwaitedCase?.Value), ("sources", Sources(new(FactKind.Motion, x.Id.Value)))))),
            // In count order (the store returns them in no particular order), uncounted ones last, then by id.
            ("charges", List(m.Charges.Where(x => x.Case == c.Id).OrderBy(x => x.Count ?? int.MaxValue).ThenBy(x => x.Id.Value, StringComparer.Ordinal), x => Map(
                ("id", x.Id.Value), ("count", x.Count?.ToString(CultureInfo.InvariantCulture)), ("statute", x.Statute), ("description", x.Description),
                ("history", List(x.History, h => Map(("status", Kebab.Name(h.Status)), ("date", h.Date?.ToString()), ("detail", h.Detail)))),
                ("sources", Sources(new(FactKind.Charge, x.Id.Value)))))),
            ("claims", List(ById(m.Claims.Where(x => x.Case == c.Id), x => x.Id.Value), x => Map(
                ("id", x.Id.Value), ("cause", x.CauseOfAction), ("limitation", x.LimitationKind), ("accrued", x.Accrued?.ToString()),
                ("claimants", Texts(x.Claimants.Select(p => p.Value))), ("against", Texts(x.Against.Select(p => p.Value))),
                ("allegations", Texts(x.Allegations)), ("damages", Texts(x.Damages)), ("sources", Sources(new(FactKind.Claim, x.Id.Value)))))),
            ("statements", List(ById(m.Statements.Where(x => x.Case == c.Id), x => x.Id.Value), x => Map(
                ("id", x.Id.Value), ("speaker", x.Speaker), ("role", Kebab.Name(x.Role)), ("on_behalf_of", x.OnBehalfOf?.Value), ("date", x.Date?.ToString()),
                ("text", x.Text), ("topic", x.Topic), ("sources", Sources(new(FactKind.Statement, x.Id.Value)))))),
            ("questions", List(ById(m.Questions.Where(x => x.Case == c.Id), x => x.Id.Value), x => Map(
                ("id", x.Id.Value), ("question", x.Question), ("as_of", x.AsOf?.ToString()), ("sources", Sources(new(FactKind.Question, x.Id.Value))))))));
        foreach (var key in root.Where(kv => kv.Value is null).Select(kv => kv.Key).ToList())
        {
            root.Remove(key);
        }

        return root;
    }

    // Every list in a fixed order of its own, not the order the facts came in: a store returns them in
    // the order of its indexes, so without this an export and the export of its load differ.
    private static IEnumerable<T> ById<T>(IEnumerable<T> items, Func<T, string> id) => items.OrderBy(id, StringComparer.Ordinal);

    private static string? Date(NodaTime.LocalDate? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static OrderedDictionary<string, object?> Map(params (string Key, object? Value)[] pairs)
    {
        var map = new OrderedDictionary<string, object?>();
        foreach (var (key, value) in pairs)
        {
            if (value is not null)
            {
                map[key] = value;
            }
        }

        return map;
    }

    private static object?[]? List<T>(IEnumerable<T> items, Func<T, object?> map)
    {
        var list = items.Select(map).ToArray();
        return list.Length == 0 ? null : list;
    }

    private static object?[]? Texts(IEnumerable<string> items) => List(items, s => s);
}
