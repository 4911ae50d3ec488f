using Clerk.App.Editing;

namespace Clerk.Web.Pages.Edit;

/// <summary>What the form pages' shared parts (<c>_EditHeader</c>, <c>_EditNotices</c>, <c>_EditFooter</c>) show, whatever the record.</summary>
public interface IEditPage
{
    bool Denied { get; }

    string Noun { get; }

    bool IsNew { get; }

    /// <summary>The page's heading: what is added or changed, and where.</summary>
    string Heading { get; }

    string BackUrl { get; }

    string? HistoryUrl { get; }

    string? Version { get; }

    IReadOnlyList<FieldChange>? Stale { get; }

    IReadOnlyDictionary<string, string[]> Errors { get; }

    FieldWriter Fields { get; }
}
