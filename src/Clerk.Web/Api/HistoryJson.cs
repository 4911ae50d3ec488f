using System.Text.Json;
using Clerk.Store.History;
using NodaTime.Text;

namespace Clerk.Web.Api;

/// <summary>A change to a record as the API writes it: the record's JSON before and after, not as text.</summary>
public static class HistoryJson
{
    public static object Of(ChangeRow c) => new
    {
        record = c.Fact.ToString(),
        @case = c.Case?.Value,
        actor = c.Actor,
        at = InstantPattern.General.Format(c.At),
        before = c.Before is null ? (JsonElement?)null : JsonDocument.Parse(c.Before).RootElement,
        after = c.After is null ? (JsonElement?)null : JsonDocument.Parse(c.After).RootElement,
    };
}
