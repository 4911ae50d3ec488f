using System.Net;

namespace Clerk.Web.Tests;

/// <summary>On a site of its own: the limit counts every attempt from one address, and the other sign-in tests share the test client's.</summary>
public sealed class Sign_in_is_rate_limited(PrivateSite site) : IClassFixture<PrivateSite>
{
    [Fact]
    public async Task Sign_in_attempts_beyond_ten_a_minute_are_429()
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false });
        var token = Signing_in.AntiforgeryToken(await client.GetStringAsync(Http.U("/account/signin"), Http.Ct));
        using var _ = client;
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            codes.Add((await client.PostAsync(Http.U("/account/signin"), Signing_in.Form(("Email", "nobody@example.org"), ("Password", "x"), ("__RequestVerificationToken", token)), Http.Ct)).StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, codes);
        Assert.Equal(HttpStatusCode.OK, codes[0]);
    }
}
