using Clerk.Domain;
using Clerk.Store.History;

namespace Clerk.Web.Pages;

/// <summary>
/// Changes to records as the history lists show them (newest first), with where each record is shown.
/// </summary>
/// <param name="Changes">The changes, oldest first, as the application layer gives them.</param>
/// <param name="More">Where the whole list is, when only the latest are shown; null when all are.</param>
/// <param name="Total">How many changes there are in all.</param>
public sealed record ChangeList(IReadOnlyList<ChangeRow> Changes, string? More = null, int Total = 0)
{
    /// <summary>At most <paramref name="latest"/> of the changes, with a link to all of them when some are left out.</summary>
    public static ChangeList Latest(IReadOnlyList<ChangeRow> changes, int latest, string all) =>
        changes.Count <= latest ? new(changes) : new([.. changes.Skip(changes.Count - latest)], all, changes.Count);

    /// <summary>The record in words: "motion rust-civil-dismiss", "docket entry n12", "source seed-report".</summary>
    public static string Name(FactRef fact) => $"{Display.Words(fact.Kind)} {Edit.EditedKinds.KeyOf(fact)}";

    /// <summary>Where the record is shown: its row on its case's page, or its source page.</summary>
    public static string? Href(ChangeRow change) => change.Fact.Kind == FactKind.Source
        ? Display.SourceUrl(new SourceId(change.Fact.Key))
        : change.Case is { } c ? Display.CaseUrl(c) + "#" + Display.Anchor(change.Fact) : null;

    /// <summary>The record's own history page, for the kinds that have one.</summary>
    public static string? HistoryHref(ChangeRow change) =>
        change.Case is { } c && Edit.EditedKinds.SlugOf(change.Fact.Kind) is { } slug ? Display.HistoryUrl(c, slug, Edit.EditedKinds.KeyOf(change.Fact)) : null;

    /// <summary>When, in UTC to the minute.</summary>
    public static string When(ChangeRow change) => NodaTime.Text.InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm").Format(change.At) + " UTC";
}
