namespace Clerk.App;

/// <summary>The viewer may see what was asked for but not do it (a viewer editing, an editor managing accounts).</summary>
public sealed class ForbiddenException(string message) : Exception(message);
