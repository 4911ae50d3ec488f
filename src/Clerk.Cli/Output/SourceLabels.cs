using Clerk.Domain;

namespace Clerk.Cli.Output;

/// <summary>Short labels for the sources of each fact: "seed-report: citing Fox News".</summary>
internal sealed class SourceLabels(Matter matter)
{
    private readonly ILookup<FactRef, Citation> _citations = matter.Citations.ToLookup(c => c.Fact);

    public IReadOnlyList<string> Of(FactRef fact) =>
        [.. _citations[fact].Select(c => c.Detail is null ? c.Source.Value : $"{c.Source.Value}: {c.Detail}")];

    public string Text(FactRef fact)
    {
        var labels = Of(fact);
        return labels.Count == 0 ? "(no source)" : string.Join("; ", labels);
    }
}
