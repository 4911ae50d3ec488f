using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Clerk.Web.Tests;

/// <summary>Small helpers for calling the API in tests.</summary>
internal static class Http
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Uri U(string path) => new(path, UriKind.Relative);

    public static async Task<JsonNode> JsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!;

    public static Task<HttpResponseMessage> GetPathAsync(this HttpClient client, string path) => client.GetAsync(U(path), Ct);

    /// <summary>PUT or POST of JSON, with an If-Match header when <paramref name="etag"/> is given.</summary>
    public static Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string path, JsonNode body, string? etag = null)
    {
        var request = new HttpRequestMessage(method, U(path)) { Content = JsonContent.Create(body, options: new JsonSerializerOptions()) };
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return client.SendAsync(request, Ct);
    }
}
