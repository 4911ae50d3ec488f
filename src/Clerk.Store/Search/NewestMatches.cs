namespace Clerk.Store.Search;

/// <summary>
/// The documents a query matches, as an engine reads them newest first, for a walk or a window to
/// stop as soon as it has enough: <see cref="From"/> gives them (each document's number as
/// <see cref="Id"/>; with <see cref="Rows"/>, the <c>SearchDocs</c> row as d), <see cref="Where"/>
/// adds conditions (" AND …", or nothing), <see cref="OrderBy"/> puts the newest first.
/// </summary>
internal sealed record NewestMatches(string From, string Id, string Where, string OrderBy, bool Rows);
