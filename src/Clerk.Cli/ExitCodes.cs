namespace Clerk.Cli;

/// <summary>What <c>clerk</c> returns to the shell. Scripts depend on these; see docs/cli.md.</summary>
internal static class ExitCodes
{
    /// <summary>Done as asked.</summary>
    public const int Ok = 0;

    /// <summary>Could not be done: nothing found, an I/O or database failure.</summary>
    public const int Failure = 1;

    /// <summary>The input was refused: a bad argument, a broken file. Nothing was written.</summary>
    public const int BadInput = 2;
}

/// <summary>A command-line argument was refused; the message names it and what is accepted.</summary>
internal sealed class UsageException(string message) : Exception(message);

