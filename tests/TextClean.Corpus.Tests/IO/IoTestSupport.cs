using System.IO.Compression;
using System.Text;
using TextClean.Corpus.IO;
using ZstdSharp;

namespace TextClean.Corpus.Tests.IO;

/// <summary>A temporary directory, deleted on dispose.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir() => Path = Directory.CreateTempSubdirectory("textclean-io-tests-").FullName;

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string content) => Write(name, new UTF8Encoding(false).GetBytes(content));

    public string Write(string name, byte[] content)
    {
        var path = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var (_, compression) = InputFiles.Detect(path, InputFormat.Text);
        System.IO.File.WriteAllBytes(path, IoTest.Compress(content, compression));
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

internal static class IoTest
{
    public static byte[] Compress(byte[] content, Compression compression)
    {
        if (compression == Compression.None)
        {
            return content;
        }

        using var memory = new MemoryStream();
        using (Stream z = compression == Compression.Gzip ? new GZipStream(memory, CompressionLevel.Fastest, true) : new CompressionStream(memory, 3, leaveOpen: true))
        {
            z.Write(content);
        }

        return memory.ToArray();
    }

    public static byte[] Decompress(byte[] content, Compression compression)
    {
        if (compression == Compression.None)
        {
            return content;
        }

        using var input = new MemoryStream(content);
        using Stream z = compression == Compression.Gzip ? new GZipStream(input, CompressionMode.Decompress) : new DecompressionStream(input);
        using var output = new MemoryStream();
        z.CopyTo(output);
        return output.ToArray();
    }

    public static WorkUnit Whole(string path, InputOptions? options = null)
    {
        var units = WorkPlanner.Plan([path], options ?? new InputOptions());
        Assert.Single(units);
        return units[0];
    }

    /// <summary>All records of all units of <paramref name="path"/>, in order.</summary>
    public static List<InputRecord> ReadAll(string path, InputOptions? options = null)
    {
        options ??= new InputOptions();
        var records = new List<InputRecord>();
        foreach (var unit in WorkPlanner.Plan([path], options))
        {
            records.AddRange(Read(unit, options));
        }

        return records;
    }

    public static List<InputRecord> Read(WorkUnit unit, InputOptions options)
    {
        var records = new List<InputRecord>();
        using var reader = RecordReader.Open(unit, options);
        while (reader.TryRead(out var record))
        {
            records.Add(record);
        }

        return records;
    }

    /// <summary>Reads <paramref name="path"/> and writes every document back with <paramref name="transform"/>(text) to <paramref name="output"/>.</summary>
    public static void Rewrite(string path, string output, Compression compression, InputOptions? options = null, Func<string, string>? transform = null)
    {
        options ??= new InputOptions();
        var unit = Whole(path, options);
        using var reader = RecordReader.Open(unit, options);
        using var writer = reader.CreateWriter(File.Create(output), OutputKind.Kept, compression);
        while (reader.TryRead(out var record))
        {
            if (record.Error is null)
            {
                writer.WriteKept(record, transform is null ? record.Text! : transform(record.Text!));
            }
        }

        writer.Complete();
    }

    public static string RepoFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{relative} not found above {AppContext.BaseDirectory}");
    }
}
