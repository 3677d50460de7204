using System.Diagnostics;
using System.IO.Compression;
using System.Text;

namespace TextClean.Cli.Tests;

public class RunCommandTests
{
    // Real mail bodies (JSON Lines, field "text") from the bundled corpus, split into files of the given size.
    private static void SplitCorpus(TempDir dir, int files, int perFile)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(Path.Combine(Cli.RepoRoot, "corpora", "spamassassin", "spamassassin.jsonl.gz")), CompressionMode.Decompress));
        Directory.CreateDirectory(dir.File("in"));
        for (int f = 0; f < files; f++)
        {
            using var file = File.Create(dir.File($"in/part-{f:D2}.jsonl.gz"));
            using var zip = new GZipStream(file, CompressionLevel.Fastest);
            for (int i = 0; i < perFile && reader.ReadLine() is { } line; i++)
            {
                zip.Write(Encoding.UTF8.GetBytes(line + "\n"));
            }
        }
    }

    private static SortedDictionary<string, byte[]> Outputs(string folder) => new(
        Directory.EnumerateFiles(folder).Where(f => !Path.GetFileName(f).StartsWith("stats.", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes),
        StringComparer.Ordinal);

    [Fact]
    public void The_default_job_runs_on_a_folder_and_prints_the_account()
    {
        using var dir = new TempDir();
        SplitCorpus(dir, 2, 50);
        dir.Write("in/notes.txt", "This is a plain text document, long enough for the length filter and with the usual words.\n{broken\n");
        var result = Cli.InProcess("run", "--input", dir.File("in"), "--output", dir.File("out"), "--workers", "2");
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"kept \+ rejected \+ malformed = read: \d+ \+ \d+ \+ 0 = 102", result.Error);
        Assert.True(File.Exists(dir.File("out/stats.json")));
        Assert.True(File.Exists(dir.File("out/part-00.jsonl.gz")));
        Assert.True(File.Exists(dir.File("out/notes.txt")));
    }

    [Fact]
    public void Options_override_the_job_file_and_config_errors_exit_2_with_their_position()
    {
        using var dir = new TempDir();
        dir.Write("in.txt", "Just one line of text that has the words the and of and with in it for the filter.\n");
        dir.Write("job.yaml", $"input: {{ paths: [ nowhere.txt ] }}\noutput: {{ dir: {dir.File("unused")} }}\nstages: [ {{ length: {{ min_words: 5 }} }}, pipeline ]\n");
        var ok = Cli.InProcess("run", dir.File("job.yaml"), "--input", dir.File("in.txt"), "--output", dir.File("out"));
        Assert.Equal(0, ok.ExitCode);
        Assert.Contains("1 + 0 + 0 = 1", ok.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.File("unused")));

        dir.Write("bad.yaml", "stages:\n  - lenght\n");
        var bad = Cli.InProcess("run", dir.File("bad.yaml"), "--input", dir.File("in.txt"), "--output", dir.File("out2"));
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("bad.yaml(2,5): error: unknown stage 'lenght'", bad.Error, StringComparison.Ordinal);

        var missing = Cli.InProcess("run", "--input", dir.File("nothing-*.jsonl"), "--output", dir.File("out3"));
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("nothing-*.jsonl", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_terminal_progress_is_a_plain_line_now_and_then()
    {
        using var dir = new TempDir();
        SplitCorpus(dir, 3, 200);
        var progress = new TextClean.Corpus.Jobs.JobProgress();
        var log = new StringWriter();
        var job = TextClean.Jobs.JobConfig.Default with { Inputs = [dir.File("in")], Output = dir.File("out") };
        var result = Commands.ProgressDisplay.Run(
            "log", progress, log, () => new TextClean.Corpus.Jobs.JobRunner(job, new TextClean.Corpus.Jobs.JobRunOptions { Progress = progress, Workers = 1 }).Run(), TimeSpan.FromMilliseconds(1));
        Assert.NotNull(result.Total);
        var lines = log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Matches(@"^textclean: \[\d\d:\d\d:\d\d\] .+: [\d,]+ docs \([\d,]+/s\), [\d.,]+ MB \([\d.,]+ MB/s\), kept [\d,]+, rejected [\d,]+, malformed [\d,]+, units \d+/\d+$", line));
        Assert.Contains(lines, line => line.Contains("units 1/3", StringComparison.Ordinal) || line.Contains("units 2/3", StringComparison.Ordinal));
    }

    [Fact]
    public void A_killed_run_resumes_and_ends_byte_identical_to_an_uninterrupted_one()
    {
        using var dir = new TempDir();
        SplitCorpus(dir, 24, 250);
        string[] Args(string output) => ["run", "--input", dir.File("in"), "--output", dir.File(output), "--workers", "1", "--progress", "log"];
        Assert.Equal(0, Cli.Child(Args("whole")).ExitCode);

        // Start a run and kill it as soon as its first unit is complete.
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Cli.CliDll);
        foreach (string arg in Args("killed"))
        {
            start.ArgumentList.Add(arg);
        }

        using (var process = Process.Start(start)!)
        {
            string units = dir.File("killed/.work/units");
            var clock = Stopwatch.StartNew();
            while (!(Directory.Exists(units) && Directory.EnumerateDirectories(units).Any()) && !process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                Thread.Sleep(2);
            }

            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        int done = Directory.EnumerateDirectories(dir.File("killed/.work/units")).Count();
        Assert.InRange(done, 1, 23);
        Assert.False(File.Exists(dir.File("killed/stats.json")));

        var resumed = Cli.Child(Args("killed"));
        Assert.Equal(0, resumed.ExitCode);
        Assert.Contains($"{done} of 24 units already done by an earlier run", resumed.Error, StringComparison.Ordinal);
        Assert.Equal(Outputs(dir.File("whole")), Outputs(dir.File("killed")));
    }
}
