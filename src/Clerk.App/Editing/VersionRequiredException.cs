namespace Clerk.App.Editing;

/// <summary>An update named no version of the record it changes (the API answers 428); nothing was written.</summary>
public sealed class VersionRequiredException()
    : Exception("an update names the version it changes (the ETag of the record as read, in If-Match)");
