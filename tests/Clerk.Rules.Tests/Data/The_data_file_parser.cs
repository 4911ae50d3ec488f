using System.Text;
using Clerk.Rules.Loading;
using YamlDotNet.RepresentationModel;

namespace Clerk.Rules.Tests.Data;

/// <summary>The engine reads its data with a small YAML-subset parser; these tests hold it to what a full YAML
/// parser (YamlDotNet) makes of the same files.</summary>
public sealed class The_data_file_parser
{
    private static string Embedded(string file) => EmbeddedData.Text(file);

    private static void Write(StringBuilder into, YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                into.Append('"').Append((scalar.Value ?? "").Trim()).Append('"');
                break;
            case YamlSequenceNode list:
                into.Append('[');
                foreach (var item in list.Children)
                {
                    Write(into, item);
                    into.Append(',');
                }

                into.Append(']');
                break;
            case YamlMappingNode map:
                into.Append('{');
                foreach (var (key, value) in map.Children)
                {
                    into.Append(((YamlScalarNode)key).Value).Append('=');
                    Write(into, value);
                    into.Append(',');
                }

                into.Append('}');
                break;
        }
    }

    private static void Write(StringBuilder into, DataNode node)
    {
        switch (node)
        {
            case DataScalar scalar:
                into.Append('"').Append(scalar.Value.Trim()).Append('"');
                break;
            case DataList list:
                into.Append('[');
                foreach (var item in list.Items)
                {
                    Write(into, item);
                    into.Append(',');
                }

                into.Append(']');
                break;
            case DataMap map:
                into.Append('{');
                foreach (var (key, value) in map.Entries)
                {
                    into.Append(key).Append('=');
                    Write(into, value);
                    into.Append(',');
                }

                into.Append('}');
                break;
        }
    }

    [Theory]
    [InlineData("calendars.yaml")]
    [InlineData("closures.yaml")]
    [InlineData("rulesets.yaml")]
    [InlineData("limitations.yaml")]
    [InlineData("courts.yaml")]
    public void Reads_each_data_file_exactly_as_a_full_YAML_parser_does(string file)
    {
        var text = Embedded(file);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text));
        var expected = new StringBuilder();
        Write(expected, yaml.Documents[0].RootNode);
        var actual = new StringBuilder();
        Write(actual, DataFileParser.Parse(file, new StringReader(text)));

        Assert.Equal(expected.ToString(), actual.ToString());
    }

    [Theory]
    [InlineData("a: 1\n\tb: 2\n", "x.yaml:2:1: tabs are not allowed")]
    [InlineData("a: 1\na: 2\n", "x.yaml:2:1: duplicate key 'a'")]
    [InlineData("a: { b: 1\n", "x.yaml:1:4: a flow collection opened with '{' must close with '}' on the same line")]
    [InlineData("a: *ref\n", "x.yaml:1:4: anchors, aliases and tags are not supported")]
    [InlineData("a:\n  just text\n", "x.yaml:2:3: expected 'key: value', found 'just text'")]
    public void Refuses_what_it_does_not_support_naming_the_line_and_column(string text, string message)
    {
        var e = Assert.Throws<InvalidDataException>(() => DataFileParser.Parse("x.yaml", new StringReader(text)));

        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }
}
