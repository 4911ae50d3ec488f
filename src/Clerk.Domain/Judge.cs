namespace Clerk.Domain;

/// <summary>A judge, by the name the sources give.</summary>
public sealed record Judge(JudgeId Id, string Name);
