using System.Diagnostics;
using System.CommandLine;
using System.Text;
using System.Text.Json;

namespace TextClean.Cli.Tests;

/// <summary>What a run of the CLI produced.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>One token of the JSONL output: <c>{"text","kind","start","length"[,"flags"]}</c>.</summary>
public sealed record JsonToken(string Text, string Kind, int Start, int Length, string? Flags);

/// <summary>A temporary directory, deleted on dispose.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir() => Path = Directory.CreateTempSubdirectory("textclean-cli-tests-").FullName;

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string content)
    {
        var path = File(name);
        System.IO.File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    public string Write(string name, byte[] content)
    {
        var path = File(name);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Runs the CLI in-process (through <see cref="Program.CreateRootCommand"/>) or as a child process (the built TextClean.Cli.dll).</summary>
public static class Cli
{
    private static readonly Lazy<string> RepoRootLazy = new(FindRepoRoot);

    /// <summary>The repository root (the folder holding TextClean.sln).</summary>
    public static string RepoRoot => RepoRootLazy.Value;

    /// <summary>The built CLI next to the test assembly (the project reference copies it with its deps and runtimeconfig).</summary>
    public static string CliDll => Path.Combine(AppContext.BaseDirectory, "TextClean.Cli.dll");

    /// <summary>
    /// Parses and invokes in-process with captured output and error writers. Parse errors give System.CommandLine's own
    /// exit code here (1); only <see cref="Program.Main"/> maps them to 2, which the child-process tests check.
    /// </summary>
    public static CliResult InProcess(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = Program.CreateRootCommand().Parse(args).Invoke(new InvocationConfiguration
        {
            Output = output,
            Error = error,
            ProcessTerminationTimeout = null,
        });
        return new CliResult(exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs <c>dotnet TextClean.Cli.dll args</c>, feeding <paramref name="stdin"/> (UTF-8) and waiting at most a minute.</summary>
    public static CliResult Child(string[] args, string? stdin = null, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null) =>
        ChildBytes(args, stdin is null ? null : new UTF8Encoding(false).GetBytes(stdin), workingDirectory, environment);

    /// <summary>Runs <c>dotnet TextClean.Cli.dll args</c>, feeding <paramref name="stdin"/> as raw bytes and waiting at most a minute.</summary>
    public static CliResult ChildBytes(string[] args, byte[]? stdin, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        Assert.True(File.Exists(CliDll), $"the CLI was not built next to the tests: {CliDll}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            WorkingDirectory = workingDirectory ?? RepoRoot,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(CliDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.BaseStream.Write(stdin);
            process.StandardInput.BaseStream.Flush();
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"textclean {string.Join(' ', args)} did not finish within 60 s");
        }

        process.WaitForExit();
        return new CliResult(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    /// <summary>Runs <c>tokenize</c> in-process on existing files, writing to a temp file with -o; returns the result with Output = that file's text.</summary>
    public static CliResult TokenizeFiles(TempDir dir, params string[] args)
    {
        var outPath = dir.File($"out-{Guid.NewGuid():N}");
        var result = InProcess(["tokenize", .. args, "-o", outPath]);
        Assert.Equal(string.Empty, result.Output);
        var text = File.Exists(outPath) ? File.ReadAllText(outPath, new UTF8Encoding(false)) : string.Empty;
        return result with { Output = text };
    }

    /// <summary>Writes <paramref name="input"/> to a temp file and tokenizes it in-process with <paramref name="options"/>.</summary>
    public static CliResult Tokenize(string input, params string[] options)
    {
        using var dir = new TempDir();
        var path = dir.Write("input.txt", input);
        return TokenizeFiles(dir, [path, .. options]);
    }

    /// <summary>The output's lines; the output must end with a newline (or be empty).</summary>
    public static string[] Lines(string output)
    {
        if (output.Length == 0)
        {
            return [];
        }

        Assert.EndsWith("\n", output, StringComparison.Ordinal);
        return output[..^1].Split('\n');
    }

    /// <summary>Parses one JSONL output line that must be <c>{"tokens":[...]}</c>, checking every token's properties.</summary>
    public static List<JsonToken> ParseTokens(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        Assert.Equal(["tokens"], root.EnumerateObject().Select(p => p.Name));
        var tokens = new List<JsonToken>();
        foreach (var t in root.GetProperty("tokens").EnumerateArray())
        {
            var names = t.EnumerateObject().Select(p => p.Name).ToArray();
            Assert.True(
                names.SequenceEqual(["text", "kind", "start", "length"]) || names.SequenceEqual(["text", "kind", "start", "length", "flags"]),
                $"unexpected token properties: {string.Join(",", names)}");
            string? flags = t.TryGetProperty("flags", out var f) ? f.GetString() : null;
            if (flags is not null)
            {
                Assert.NotEqual(string.Empty, flags);
            }

            tokens.Add(new JsonToken(t.GetProperty("text").GetString()!, t.GetProperty("kind").GetString()!, t.GetProperty("start").GetInt32(), t.GetProperty("length").GetInt32(), flags));
        }

        return tokens;
    }

    /// <summary>Parses one JSONL output line that must be <c>{"error":"..."}</c> and returns the message.</summary>
    public static string ParseError(string line)
    {
        using var json = JsonDocument.Parse(line);
        Assert.Equal(["error"], json.RootElement.EnumerateObject().Select(p => p.Name));
        return json.RootElement.GetProperty("error").GetString()!;
    }

    /// <summary>Every token lies inside the document, in order, without overlap, and its text is the document's substring.</summary>
    public static void AssertConsistent(string document, IReadOnlyList<JsonToken> tokens)
    {
        int end = 0;
        foreach (var t in tokens)
        {
            Assert.True(t.Length > 0, $"empty token at {t.Start}");
            Assert.True(t.Start >= end, $"token '{t.Text}' at {t.Start} overlaps the previous one ending at {end}");
            Assert.True(t.Start + t.Length <= document.Length, $"token '{t.Text}' at {t.Start}+{t.Length} runs past the document ({document.Length})");
            Assert.Equal(document.Substring(t.Start, t.Length), t.Text);
            end = t.Start + t.Length;
        }
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TextClean.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"TextClean.sln not found above {AppContext.BaseDirectory}");
    }
}
