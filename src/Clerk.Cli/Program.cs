using System.CommandLine;
using Clerk.Cli.Commands;
using Clerk.Cli.Output;
using Clerk.Domain;
using Clerk.Rules;
using Clerk.Store;
using Clerk.Store.MatterFiles;
using Clerk.Store.SourceFiles;

namespace Clerk.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        var root = new RootCommand("Clerk follows the legal life of an incident: cases, parties, filings, rulings, charges, claims and deadlines, each fact with its source.")
        {
            DemoCommand.Create(),
            LoadCommand.Create(),
            ExportCommand.Create(),
            SourceCommand.Create(),
            CasesCommand.Create(),
            CaseCommand.Create(),
            DeadlineCommand.Create(),
            LimitationCommand.Create(),
            HolidaysCommand.Create(),
            RulesCommand.Create(),
            DeadlinesCommand.Create(),
            PacerCommand.Create(),
            ImportCommand.Create(),
            GenerateCommand.Create(),
            ServeCommand.Create(),
            SearchCommand.Create(),
            CheckCommand.Create(),
            UserCommand.Create(),
            TokenCommand.Create(),
            AccessCommand.Create(),
        };

        GlobalOptions.OfferDatabase(root);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            return Usage.Refuse(parse);
        }

        try
        {
            return parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }).GetAwaiter().GetResult();
        }
        catch (MatterFileException e)
        {
            foreach (var error in e.Errors)
            {
                Terminal.Error(error.ToString());
            }

            Terminal.Error($"clerk: {e.Errors.Count} error(s); nothing was written.");
            return ExitCodes.BadInput;
        }
        catch (SourceFileException e)
        {
            Terminal.Error($"{e.Message}; nothing was written.");
            return ExitCodes.BadInput;
        }
        catch (MatterRejectedException e)
        {
            foreach (var v in e.Violations)
            {
                Terminal.Error($"clerk: {v.Message}");
            }

            Terminal.Error("clerk: nothing was written.");
            return ExitCodes.BadInput;
        }
        catch (App.Sources.SourceExistsException e)
        {
            Terminal.Error($"clerk: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (App.Demo.DemoRefusedException e)
        {
            Terminal.Error($"clerk: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Store.Search.SearchQueryException e)
        {
            Terminal.Error($"clerk: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (App.Editing.InvalidEditException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                Terminal.Error($"clerk: {field}: {string.Join("; ", messages)}");
            }

            Terminal.Error("clerk: nothing was written.");
            return ExitCodes.BadInput;
        }
        catch (UsageException e)
        {
            Terminal.Error($"clerk: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (App.NotFoundException e)
        {
            Terminal.Error($"clerk: {e.Message}");
            return ExitCodes.Failure;
        }
        catch (RulesException e)
        {
            // Rules errors the commands do not name an option for (a stored case whose dates or rule set
            // the rules cannot compute with) still end in one clear line, not a stack trace.
            Terminal.Error($"clerk: the rules cannot compute this: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (DomainRuleException e)
        {
            Terminal.Error($"clerk: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (StoreException e)
        {
            Terminal.Error($"clerk: {e.Message}");
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is Microsoft.EntityFrameworkCore.DbUpdateException or System.Data.Common.DbException)
        {
            Terminal.Error($"clerk: {GlobalOptions.OpenedPath ?? "the database"}: {e.GetBaseException().Message}");
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Terminal.Error($"clerk: {e.GetBaseException().Message}");
            return ExitCodes.Failure;
        }
    }
}
