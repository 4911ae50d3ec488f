using System.Collections;
using System.Reflection;
using AngleSharp.Html;
using Clerk.Pacer.Text;

namespace Clerk.Pacer.Tests.TreeBuilding;

/// <summary>
/// Clerk's table of named character references holds exactly the names AngleSharp knows (the
/// standard's 2,125 with their semicolon and 106 old ones without), each standing for the same text.
/// </summary>
public sealed class The_named_character_references_are_the_standards
{
    [Fact]
    public void Every_name_and_its_text_agree_with_angle_sharp()
    {
        var expected = AngleSharpNames();

        Assert.Equal(2231, NamedReferences.All.Count);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), NamedReferences.All.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, text) in expected)
        {
            Assert.True(text == NamedReferences.All[name], $"&{name} stands for another text");
        }
    }

    [Theory]
    [InlineData("amp;", "&")]
    [InlineData("amp", "&")]
    [InlineData("NotNestedGreaterGreater;", "\u2AA2\u0338")]
    [InlineData("notin", null)]
    [InlineData("zzz;", null)]
    public void A_name_resolves_to_its_text_or_to_nothing(string name, string? text) =>
        Assert.Equal(text, NamedReferences.Resolve(name));

    // AngleSharp keeps its table in a private dictionary of dictionaries (first letter, then name).
    private static Dictionary<string, string> AngleSharpNames()
    {
        var resolver = HtmlEntityProvider.Resolver;
        var field = resolver.GetType().GetField("_entities", BindingFlags.NonPublic | BindingFlags.Instance)
            ?? throw new InvalidOperationException("AngleSharp's entity table moved; update this test");
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry byLetter in (IDictionary)field.GetValue(resolver)!)
        {
            foreach (DictionaryEntry entry in (IDictionary)byLetter.Value!)
            {
                names[entry.Key.ToString()!] = (string)entry.Value!;
            }
        }

        return names;
    }
}
