using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using Clerk.Pacer.Text;

namespace Clerk.Pacer.District;

/// <summary>Pre-parse clean-up of report text and recognition of PACER error pages.</summary>
internal static partial class HtmlCleaning
{
    private static readonly string[] ErrorPhrases =
    [
        "MetaMask.*web3",
        "console\\.log\\(\".*CloudMask",
        "Drumpf",
        "The report may take a long time to run because this case has many docket entries",
        "The page ID does not exist\\. Please enter a valid page ID number\\. ",
        "There are no documents in this case\\.",
        "Incomplete request\\. Please try your query again by choosing the Query or Reports option",
        "To accept charges shown below, click on the 'View Report' button",
        "\\*\\*\\* This case was administratively closed\\.\\*\\*\\*",
        "The start date must be less than or equal to the end date",
        "The starting document number must be less than or equal to the ending document number",
        "Case not found\\.",
        "Either you do not have permission to view the document, or the document does not exist in the case\\.",
        "Format: text",
        "Server timeout waiting for the HTTP request from the client\\.",
        "The case type was.*but it must be",
        "This case is in the process of being opened, please check back later for additional information\\.",
        "Submission already made, please wait for response from server",
    ];

    // Each pattern with its longest word as the literal it cannot match without.
    private static readonly PhraseRules ErrorPatterns = new(ErrorPhrases.Select(phrase => (LongestWord(phrase), phrase)));

    private static readonly SearchValues<char> InvalidCharacters = SearchValues.Create(
        "\0\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\ufffe\uffff");

    private static string LongestWord(string phrase) =>
        Regex.Split(phrase, @"[^A-Za-z0-9]+").OrderByDescending(w => w.Length).First();

    [GeneratedRegex(@"^\s*<\?xml\s+.*?\?>")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"&#0[1-8]\b|&#[1-8]\b")]
    private static partial Regex ControlCharacterReference();

    /// <summary>The phrase of the first PACER error message found in <paramref name="html"/>, or null.</summary>
    public static string? FindErrorPage(string html) => ErrorPatterns.FirstMatch(html)?.Replace("\\", "", StringComparison.Ordinal);

    /// <summary>Removes CDATA markers, an XML declaration, references to control characters and characters XML cannot hold.</summary>
    public static string Clean(string text)
    {
        if (text.Contains("<![CDATA[", StringComparison.Ordinal))
        {
            text = text.Replace("<![CDATA[", "", StringComparison.Ordinal);
        }

        if (text.Contains("]]>", StringComparison.Ordinal))
        {
            text = text.Replace("]]>", "", StringComparison.Ordinal);
        }

        text = XmlDeclaration().Replace(text, "", 1);
        if (text.Contains("&#", StringComparison.Ordinal))
        {
            text = ControlCharacterReference().Replace(text, "");
        }

        return RemoveInvalidCharacters(text);
    }

    private static string RemoveInvalidCharacters(string text)
    {
        var span = text.AsSpan();
        if (span.IndexOfAny(InvalidCharacters) < 0 && span.IndexOfAnyInRange('\ud800', '\udfff') < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (IsAllowed(text, i))
            {
                sb.Append(text[i]);
            }
        }

        return sb.ToString();
    }

    private static bool IsAllowed(string text, int i)
    {
        char c = text[i];
        if (c >= '\u0020' && c <= '\ud7ff')
        {
            return true;
        }

        if (c is '\t' or '\n' or '\r' || (c >= '\ue000' && c <= '\ufffd'))
        {
            return true;
        }

        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return i > 0 && char.IsHighSurrogate(text[i - 1]);
        }

        return false;
    }
}
