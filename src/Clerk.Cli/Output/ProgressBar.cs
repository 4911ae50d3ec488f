using Spectre.Console;

namespace Clerk.Cli.Output;

/// <summary>A progress bar on standard error for long commands, drawn only where someone watches.</summary>
internal static class ProgressBar
{
    /// <summary>
    /// Runs <paramref name="run"/>, giving it a step that advances a bar of <paramref name="total"/>
    /// steps; the step is null (nothing drawn) when <paramref name="show"/> is false or standard error
    /// is not a terminal, so scripts and logs get no control sequences.
    /// </summary>
    public static async Task<T> RunAsync<T>(string label, int total, bool show, Func<Action?, Task<T>> run)
    {
        if (!show || Console.IsErrorRedirected)
        {
            return await run(null);
        }

        T result = default!;
        await AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }).Progress()
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask(label, maxValue: total);
                result = await run(() => task.Increment(1));
            });
        return result;
    }
}

/// <summary>Hears progress on the reporting thread, at once (<see cref="Progress{T}"/> would post it to the thread pool, late).</summary>
internal sealed class Reported<T>(Action<T> action) : IProgress<T>
{
    public void Report(T value) => action(value);
}
