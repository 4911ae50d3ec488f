namespace Clerk.App.Access;

/// <summary>
/// Who is asking: every read and write of the application layer is made for a viewer, so pages, the
/// API, feeds and search apply one rule about which cases exist for whom (see <see cref="CaseAccessService"/>).
/// </summary>
/// <param name="UserId">The account's id; null for an anonymous visitor and for the command line.</param>
/// <param name="Name">How changes made by the viewer are signed in a record's history (the account's e-mail address).</param>
/// <param name="Role">The account's role; null for an anonymous visitor, who may only read.</param>
/// <param name="SeesEverything">
/// True for the command line run by whoever holds the database file: it sees restricted cases too.
/// No account is ever given this.
/// </param>
public sealed record Viewer(string? UserId, string Name, Role? Role, bool SeesEverything = false)
{
    /// <summary>Someone who has not signed in: reads unrestricted cases only (where the server lets anonymous visitors read at all).</summary>
    public static Viewer Anonymous { get; } = new(null, "anonymous", null);

    /// <summary>The command line, acting for whoever may open the database file.</summary>
    public static Viewer Operator { get; } = new(null, "clerk", App.Access.Role.Admin, SeesEverything: true);

    /// <summary>True when the viewer may add and edit facts.</summary>
    public bool CanEdit => Role is App.Access.Role.Editor or App.Access.Role.Admin;

    /// <summary>True when the viewer may manage accounts and access lists.</summary>
    public bool IsAdmin => Role is App.Access.Role.Admin;
}
