using System.CommandLine;
using Clerk.App.Access;
using Clerk.App.Search;
using Clerk.Cli.Output;
using Clerk.Domain;
using Clerk.Store.MatterFiles;
using Clerk.Store.Search;
using Spectre.Console;

namespace Clerk.Cli.Commands;

/// <summary><c>clerk search QUERY</c>: full-text search over every stored fact, through the index.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("QUERY") { Description = "Words, \"phrases\", prefix*, AND/OR/NOT, (groups), and filters such as court:ID kind:civil fact:motion party:ID judge:ID from:YYYY-MM-DD to:YYYY-MM-DD" };
        var court = new Option<string?>("--court") { Description = "Only hits in cases of this court (court id)", HelpName = "ID" };
        var kind = new Option<string?>("--kind") { Description = "Only hits in cases of this kind: civil, criminal, appeal or bankruptcy" };
        kind.OneOf([.. Kebab.Names<CaseKind>()]);
        var fact = new Option<string?>("--fact") { Description = "Only facts of this kind: " + string.Join(", ", SearchQueryParser.FactNames) };
        fact.OneOf([.. SearchQueryParser.FactNames]);
        var party = new Option<string?>("--party") { Description = "Only hits in cases this party takes part in (party id)", HelpName = "ID" };
        var judge = new Option<string?>("--judge") { Description = "Only hits in cases assigned to this judge (judge id)", HelpName = "ID" };
        var from = new Option<string?>("--from") { Description = "Only facts dated on or after this day", HelpName = "YYYY-MM-DD" };
        var to = new Option<string?>("--to") { Description = "Only facts dated on or before this day", HelpName = "YYYY-MM-DD" };
        var limit = new Option<int>("--limit") { Description = $"Hits per page, 1 to {SearchQuery.MaxLimit} (default 20)", DefaultValueFactory = _ => 20, HelpName = "N" };
        var after = new Option<string?>("--after") { Description = "The page after the one whose \"next\" this is", HelpName = "CURSOR" };
        var json = GlobalOptions.Json();
        var command = new Command("search", "Full-text search over cases, docket entries, motions, statements, claims, parties, attorneys and sources")
        {
            query, court, kind, fact, party, judge, from, to, limit, after, json,
        };
        command.SetAction(async (result, ct) =>
        {
            var filters = new SearchFilters(
                result.GetValue(court) is { } c ? new CourtId(c) : null,
                result.GetValue(kind) is { } k && Kebab.TryParse<CaseKind>(k, out var ck) ? ck : null,
                result.GetValue(fact) is { } f ? SearchQueryParser.ParseFact(f) : null,
                result.GetValue(party) is { } p ? new PartyId(p) : null,
                result.GetValue(judge) is { } j ? new JudgeId(j) : null,
                Day(result.GetValue(from), "--from"),
                Day(result.GetValue(to), "--to"));
            using var store = GlobalOptions.OpenStore(result);
            var results = await new SearchService(store, Viewer.Operator).SearchAsync(
                new SearchRequest(result.GetValue(query)!, filters, result.GetValue(limit), result.GetValue(after)), ct);
            if (result.GetValue(json))
            {
                Terminal.WriteTree(SearchJson.Of(results));
                return ExitCodes.Ok;
            }

            var table = new Table().Border(TableBorder.Simple).AddColumns("Case", "Fact", "Text");
            foreach (var h in results.Hits)
            {
                table.AddRow(new Markup(Markup.Escape(h.Case?.Value ?? "-")), new Markup(Markup.Escape($"{Kebab.Name(h.Fact.Kind)} {h.Fact.Key}")), new Markup(Marked(h.Snippet)));
            }

            Terminal.Out.Write(table);
            var total = results.TotalIsLowerBound ? $"at least {results.Total:N0}" : $"{results.Total:N0}";
            var order = results.Order == SearchOrder.Newest ? ", newest first (too many to rank; narrow the query to rank them)" : "";
            Terminal.Out.MarkupLineInterpolated($"{results.Hits.Count} of {total} hit(s){order} in {store.Options.Path}");
            if (results.Next is { } next)
            {
                Terminal.Out.MarkupLineInterpolated($"next page: --after {next}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    // The snippet with its matched tokens in bold; the text itself escaped as markup.
    private static string Marked(Snippet s)
    {
        var sb = new System.Text.StringBuilder();
        var at = 0;
        foreach (var h in s.Highlights)
        {
            sb.Append(Markup.Escape(s.Text[at..h.Start])).Append("[bold]").Append(Markup.Escape(s.Text.Substring(h.Start, h.Length))).Append("[/]");
            at = h.Start + h.Length;
        }

        return sb.Append(Markup.Escape(s.Text[at..])).ToString();
    }

    private static NodaTime.LocalDate? Day(string? text, string option) =>
        text is null ? null : SearchQueryParser.ParseDate(text) ?? throw new UsageException($"{option}: \"{text}\" is not a date; expected YYYY-MM-DD");
}
