namespace Clerk.Store.Search;

/// <summary>A query that cannot be read; the message names the place (1-based character) and what was expected.</summary>
public sealed class SearchQueryException(string message) : Exception(message);
