using Clerk.Domain;

namespace Clerk.Store;

/// <summary>A place (sequence) of a case's docket that holds <see cref="Entries"/> entries instead of one.</summary>
public sealed record SharedDocketPlace(CaseId Case, int Sequence, int Entries);
