namespace Clerk.App;

/// <summary>What was asked for is not stored (an unknown case id); the message names it and where it was looked for.</summary>
public sealed class NotFoundException(string message) : Exception(message);
