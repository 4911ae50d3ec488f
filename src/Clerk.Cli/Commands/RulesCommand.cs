using System.CommandLine;
using System.Globalization;
using Clerk.Cli.Output;
using Clerk.Rules;

namespace Clerk.Cli.Commands;

/// <summary>
/// <c>clerk rules [--rules ID] [--json]</c>: the catalogue of common deadlines of each rule set, every version with
/// its citation, period, trigger and the days it is in force, so a rule can be found by the name that
/// <c>clerk deadline --rule</c> takes. Opens no database.
/// </summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var rules = new Option<string?>("--rules") { Description = "Only this rule set: us-fed, us-fed-nm or us-nm (default: all)", HelpName = "ID" };
        var json = GlobalOptions.Json();
        var command = new Command("rules", "List the deadlines of each rule set's catalogue: name, period, trigger, citation, dates in force")
        {
            rules, json,
        };
        command.SetAction(result =>
        {
            var book = RuleBook.Default;
            var sets = result.GetValue(rules) is { } one
                ? RuleArguments.Check(() => { _ = book.Catalogue(one); return new[] { one }; }, ("ruleSetId", "--rules"))
                : [.. book.RuleSetIds];
            var rows = sets.SelectMany(set => book.Catalogue(set).Select(rule => (Set: set, Rule: rule))).ToList();
            if (result.GetValue(json))
            {
                Terminal.WriteJson(rows.Select(r => new
                {
                    rules = r.Set,
                    name = RuleBook.RuleName(r.Rule.Id),
                    id = r.Rule.Id,
                    title = r.Rule.Name,
                    period = Period(r.Rule),
                    direction = r.Rule.Direction == Direction.Before ? "before" : "after",
                    trigger = r.Rule.TriggerEvent,
                    citation = r.Rule.Authority,
                    in_force_from = DeadlineCommand.Iso(r.Rule.InForceFrom),
                    in_force_to = r.Rule.InForceTo is { } to ? DeadlineCommand.Iso(to) : null,
                    unconfirmed = r.Rule.Unconfirmed,
                }));
                return ExitCodes.Ok;
            }

            foreach (var group in rows.GroupBy(r => r.Set))
            {
                Console.Out.WriteLine(group.Key);
                foreach (var (_, rule) in group)
                {
                    var dates = rule.InForceTo is { } to ? $"{DeadlineCommand.Iso(rule.InForceFrom)} to {DeadlineCommand.Iso(to)}" : $"from {DeadlineCommand.Iso(rule.InForceFrom)}";
                    Console.Out.WriteLine($"  {RuleBook.RuleName(rule.Id),-38} {Period(rule),-5} {(rule.Direction == Direction.Before ? "before" : "after"),-6} {rule.TriggerEvent,-36} {rule.Authority} ({dates})"
                        + (rule.Unconfirmed is null ? "" : " [unconfirmed]"));
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>A period as <c>clerk deadline --period</c> takes it: 21d, 1y.</summary>
    public static string Period(CatalogueRule rule) => rule.Count.ToString(CultureInfo.InvariantCulture) + DeadlineCommand.PeriodSuffix(rule.Unit);
}
