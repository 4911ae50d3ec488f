namespace Clerk.Domain;

/// <summary>Something the record leaves open ("may he be charged again?"), as of a date.</summary>
public sealed record OpenQuestion(QuestionId Id, CaseId? Case, string Question, PartialDate? AsOf);
