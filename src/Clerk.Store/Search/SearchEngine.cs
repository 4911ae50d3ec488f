namespace Clerk.Store.Search;

/// <summary>The two databases whose SQL differs where the search index is concerned.</summary>
internal enum SearchEngine
{
    Sqlite,
    Postgres,
}
