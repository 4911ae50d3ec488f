using System.Security.Cryptography;
using System.Text;

namespace Clerk.App.Accounts;

/// <summary>Random secrets (passwords, API tokens, feed URLs) and the hashes they are stored as.</summary>
internal static class Secrets
{
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";
    private const string Marks = "-_.!";

    /// <summary>
    /// A password of 20 characters from 256 bits of randomness' worth of choices, with a lower-case and an
    /// upper-case letter, a digit and a mark, so any password policy Identity is given accepts it.
    /// Look-alike characters (l, 1, I, O, 0) are left out: it is read off a terminal.
    /// </summary>
    public static string Password()
    {
        var all = Lower + Upper + Digits + Marks;
        var chars = new char[20];
        chars[0] = Lower[RandomNumberGenerator.GetInt32(Lower.Length)];
        chars[1] = Upper[RandomNumberGenerator.GetInt32(Upper.Length)];
        chars[2] = Digits[RandomNumberGenerator.GetInt32(Digits.Length)];
        chars[3] = Marks[RandomNumberGenerator.GetInt32(Marks.Length)];
        for (var i = 4; i < chars.Length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    /// <summary>A token of 32 random bytes, URL-safe, with a prefix that says what it is (<c>clerk_…</c>, <c>feed_…</c>).</summary>
    public static string Token(string prefix) => prefix + "_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>How a token is stored: its SHA-256 in lower-case hex. The tokens are random, so no salt or slow hash is needed.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
