namespace Clerk.App.Access;

/// <summary>What an account may do, each role including the one before it.</summary>
public enum Role
{
    /// <summary>Reads the cases the account may see.</summary>
    Viewer,

    /// <summary>Also adds and edits facts.</summary>
    Editor,

    /// <summary>Also manages accounts and restricted cases' access lists.</summary>
    Admin,
}
