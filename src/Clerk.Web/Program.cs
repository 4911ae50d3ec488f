namespace Clerk.Web;

/// <summary>
/// The web app as a program of its own, so tests can host it with <c>WebApplicationFactory</c>;
/// users start it with <c>clerk serve</c>, which calls <see cref="WebServer"/> the same way.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        await using var app = WebServer.Build(args);
        await app.RunAsync();
        return 0;
    }
}
