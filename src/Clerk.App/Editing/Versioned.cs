namespace Clerk.App.Editing;

/// <summary>A record as a form, with its version: an update that names another version is refused.</summary>
public sealed record Versioned<T>(T Value, string Version);
