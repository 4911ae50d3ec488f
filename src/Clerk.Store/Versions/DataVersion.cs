namespace Clerk.Store.Versions;

/// <summary>
/// The store's one row of <c>DataVersion</c>: a number that every committed write transaction raises
/// by one, whoever makes it (an import from the command line, a form in the web app, an account
/// change). A reader that keeps what it read (the web server's case pages) asks for it to know, in
/// one indexed read, whether anything it kept may be out of date.
/// </summary>
/// <param name="Id">Always 1: the table has one row.</param>
/// <param name="Value">How many write transactions have committed since the table was made.</param>
public sealed record DataVersion(int Id, long Value);
