namespace Clerk.Store.MatterFiles;

/// <summary>One problem in a matter file: where it is and what was expected there.</summary>
public sealed record MatterFileError(string File, int Line, string Message)
{
    /// <summary>"FILE:LINE: message", the form compilers use, so editors can jump to it.</summary>
    public override string ToString() => $"{File}:{Line}: {Message}";
}

/// <summary>A matter file was refused; <see cref="Errors"/> lists every problem found, in file order.</summary>
public sealed class MatterFileException(IReadOnlyList<MatterFileError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<MatterFileError> Errors { get; } = errors;
}
