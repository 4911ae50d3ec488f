using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Clerk.Web;

/// <summary>
/// The stylesheet and the few scripts, built into the assembly and served from memory under <c>/static/</c>, so
/// the server needs no files beside it whichever program hosts it (<c>clerk serve</c> or <c>Clerk.Web</c>).
/// Each file's URL carries a hash of its content, so browsers may cache it for good.
/// </summary>
public sealed class StaticAssets
{
    private readonly Dictionary<string, (byte[] Body, string Type, string Hash)> _files = new(StringComparer.Ordinal);

    public StaticAssets()
    {
        var assembly = typeof(StaticAssets).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var body = copy.ToArray();
            var file = name[Prefix.Length..];
            var type = Path.GetExtension(file) switch { ".css" => "text/css; charset=utf-8", ".js" => "text/javascript; charset=utf-8", _ => "application/octet-stream" };
            _files[file] = (body, type, Convert.ToHexStringLower(SHA256.HashData(body))[..12]);
        }
    }

    private static string Prefix => "Clerk.Web.wwwroot.";

    /// <summary>The URL of a served file, with its content hash (<c>/static/clerk.css?v=…</c>).</summary>
    /// <exception cref="KeyNotFoundException">No such file is built in.</exception>
    public string Url(string file) => $"/static/{file}?v={_files[file].Hash}";

    /// <summary>Serves the files under <c>/static/</c>, to anyone: the sign-in page needs its stylesheet too.</summary>
    public void Map(IEndpointRouteBuilder app) => app.MapGet("/static/{file}", (string file, HttpContext http) =>
    {
        if (!_files.TryGetValue(file, out var f))
        {
            return Results.NotFound();
        }

        http.Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
        return Results.Bytes(f.Body, f.Type);
    }).AllowAnonymous();
}
