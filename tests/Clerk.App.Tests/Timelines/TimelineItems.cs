using Clerk.App.Timelines;
using Clerk.Domain;
using NodaTime;

namespace Clerk.App.Tests.Timelines;

/// <summary>Hand-made timeline items for layout tests.</summary>
internal static class TimelineItems
{
    public static TimelineItem On(LocalDate day, string label = "item", TimelineItemKind kind = TimelineItemKind.Entry) =>
        new(kind, day, day, day.ToString("yyyy-MM-dd", null), label, label, new FactRef(FactKind.Motion, label + day), new CaseId("c"), null);

    public static Timeline Lane(TimelineLayout layout, params TimelineItem[] items) => layout.Build([("Lane", items)]);
}
