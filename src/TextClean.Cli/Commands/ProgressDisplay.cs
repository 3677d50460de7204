using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using TextClean.Corpus.Jobs;

namespace TextClean.Cli.Commands;

/// <summary>
/// Shows a job's progress while it runs: a live Spectre.Console display on a terminal (documents/s, MB/s, ETA, kept and rejected
/// counts), or a plain log line every few seconds when the output is a file or a pipe (a cluster's log).
/// </summary>
internal static class ProgressDisplay
{
    /// <summary>How often a log line is written when the output is not a terminal.</summary>
    public static readonly TimeSpan LogEvery = TimeSpan.FromSeconds(10);

    public static T Run<T>(string mode, JobProgress progress, TextWriter log, Func<T> work, TimeSpan? logEvery = null)
    {
        return mode switch
        {
            "live" => Live(progress, work),
            "log" => Logged(progress, log, work, logEvery ?? LogEvery),
            _ => work(),
        };
    }

    private static T Logged<T>(JobProgress progress, TextWriter log, Func<T> work, TimeSpan every)
    {
        var clock = Stopwatch.StartNew();
        var job = Task.Run(work);
        while (!job.Wait(every))
        {
            log.WriteLine($"textclean: [{clock.Elapsed:hh\\:mm\\:ss}] {Describe(progress, clock.Elapsed)}");
        }

        return job.GetAwaiter().GetResult();
    }

    private static T Live<T>(JobProgress progress, Func<T> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var clock = Stopwatch.StartNew();
        T result = default!;
        console.Live(Render(progress, clock.Elapsed)).AutoClear(false).Start(context =>
        {
            var job = Task.Run(work);
            while (!job.Wait(TimeSpan.FromMilliseconds(250)))
            {
                context.UpdateTarget(Render(progress, clock.Elapsed));
            }

            context.UpdateTarget(Render(progress, clock.Elapsed));
            result = job.GetAwaiter().GetResult();
        });
        return result;
    }

    // A few short rows, so the display fits a narrow terminal.
    private static Grid Render(JobProgress progress, TimeSpan elapsed)
    {
        double seconds = Math.Max(elapsed.TotalSeconds, 1e-3);
        double fraction = progress.Fraction;
        string eta = fraction > 0.01 && fraction < 1 ? TimeSpan.FromSeconds(seconds * (1 - fraction) / fraction).ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) : "-";
        int filled = (int)Math.Round(fraction * 30);
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        grid.AddRow("[bold]textclean run[/]", Markup.Escape($"{progress.Phase} (units {progress.UnitsDone}/{progress.UnitCount})"));
        grid.AddRow("progress", string.Create(CultureInfo.InvariantCulture, $"[green]{new string('━', filled)}[/][grey]{new string('━', 30 - filled)}[/] {fraction:P0}  ETA {eta}"));
        grid.AddRow("documents", string.Create(CultureInfo.InvariantCulture, $"{progress.Read:N0} ({progress.Read / seconds:N0}/s)"));
        grid.AddRow("input", string.Create(CultureInfo.InvariantCulture, $"{progress.BytesIn / 1e6:N1} MB ({progress.BytesIn / 1e6 / seconds:N1} MB/s)"));
        grid.AddRow("outcome", string.Create(CultureInfo.InvariantCulture, $"[green]kept {progress.Kept:N0}[/]  [yellow]rejected {progress.Rejected:N0}[/]  [red]malformed {progress.Malformed:N0}[/]"));
        return grid;
    }

    private static string Describe(JobProgress progress, TimeSpan elapsed)
    {
        double seconds = Math.Max(elapsed.TotalSeconds, 1e-3);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{progress.Phase}: {progress.Read:N0} docs ({progress.Read / seconds:N0}/s), {progress.BytesIn / 1e6:N1} MB ({progress.BytesIn / 1e6 / seconds:N1} MB/s), kept {progress.Kept:N0}, rejected {progress.Rejected:N0}, malformed {progress.Malformed:N0}, units {progress.UnitsDone}/{progress.UnitCount}");
    }
}
