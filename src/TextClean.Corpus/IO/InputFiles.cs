namespace TextClean.Corpus.IO;

/// <summary>Finds input files.</summary>
public static class InputFiles
{
    private static readonly (string Extension, InputFormat Format)[] Formats =
    [
        (".txt", InputFormat.Text),
        (".text", InputFormat.Text),
        (".jsonl", InputFormat.JsonLines),
        (".ndjson", InputFormat.JsonLines),
        (".json", InputFormat.JsonLines),
        (".csv", InputFormat.Csv),
        (".parquet", InputFormat.Parquet),
    ];

    private static readonly (string Extension, Compression Compression)[] Compressions =
    [
        (".gz", Compression.Gzip),
        (".zst", Compression.Zstd),
        (".zstd", Compression.Zstd),
    ];

    /// <summary>
    /// Expands files, directories (all files below, recursively) and globs (<c>*</c>, <c>**</c>, <c>?</c>) into existing files,
    /// sorted by ordinal path, each once. Paths come back absolute. Files whose name starts with '.' are skipped when they
    /// are found in a directory or by a glob (jobs write their temporary outputs under such names), unless the glob's
    /// last segment itself starts with '.'; a dot file named explicitly is read.
    /// </summary>
    /// <exception cref="InputException">A pattern matches nothing (the message names it).</exception>
    public static IReadOnlyList<string> Expand(IReadOnlyList<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var pattern in patterns)
        {
            int before = found.Count;
            bool any = false;
            if (File.Exists(pattern))
            {
                found.Add(Path.GetFullPath(pattern));
                any = true;
            }
            else if (Directory.Exists(pattern))
            {
                foreach (var file in Directory.EnumerateFiles(pattern, "*", SearchOption.AllDirectories))
                {
                    if (!Path.GetFileName(file).StartsWith('.'))
                    {
                        found.Add(Path.GetFullPath(file));
                        any = true;
                    }
                }
            }
            else if (pattern.AsSpan().IndexOfAny('*', '?') >= 0)
            {
                foreach (var file in Glob(pattern))
                {
                    found.Add(file);
                    any = true;
                }
            }

            if (!any && found.Count == before)
            {
                throw new InputException($"input pattern matches no files: {pattern}");
            }
        }

        return [.. found];
    }

    /// <summary>The format and compression of <paramref name="path"/> by its extensions (<c>.jsonl.gz</c>), or <paramref name="format"/> when given.</summary>
    /// <exception cref="InputException">The extension is not known (the message names the file and the known extensions).</exception>
    public static (InputFormat Format, Compression Compression) Detect(string path, InputFormat? format)
    {
        ArgumentNullException.ThrowIfNull(path);
        string name = Path.GetFileName(path);
        var compression = Compression.None;
        foreach (var (extension, c) in Compressions)
        {
            if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                compression = c;
                name = name[..^extension.Length];
                break;
            }
        }

        if (format is { } given)
        {
            return (given, compression);
        }

        foreach (var (extension, f) in Formats)
        {
            if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return (f, compression);
            }
        }

        throw new InputException(
            $"unknown input format of {path}: known extensions are {string.Join(", ", Formats.Select(f => f.Extension))}, " +
            $"optionally followed by {string.Join(", ", Compressions.Select(c => c.Extension))}; or give the format");
    }

    private static List<string> Glob(string pattern)
    {
        // Walk from the segments before the first one with a wildcard; FileSystemGlobbing has no '?', so this is our own.
        string normalized = pattern.Replace('\\', '/');
        var segments = normalized.Split('/');
        int first = Array.FindIndex(segments, IsWild);
        string root = string.Join('/', segments[..first]);
        if (root.Length == 0)
        {
            root = normalized.StartsWith('/') ? "/" : ".";
        }

        if (!Directory.Exists(root))
        {
            return [];
        }

        bool dotFiles = segments[^1].StartsWith('.');
        var found = new List<string>();
        Walk(new DirectoryInfo(root), segments.AsSpan(first).ToArray(), 0, dotFiles, found);
        return found;
    }

    private static bool IsWild(string segment) => segment.AsSpan().IndexOfAny('*', '?') >= 0;

    private static void Walk(DirectoryInfo dir, string[] segments, int index, bool dotFiles, List<string> found)
    {
        string segment = segments[index];
        bool last = index == segments.Length - 1;
        if (segment == "**")
        {
            if (last)
            {
                // A trailing ** is every file below.
                foreach (var file in dir.EnumerateFiles("*", SearchOption.AllDirectories))
                {
                    if (dotFiles || !file.Name.StartsWith('.'))
                    {
                        found.Add(file.FullName);
                    }
                }

                return;
            }

            // ** matches zero or more folders.
            Walk(dir, segments, index + 1, dotFiles, found);
            foreach (var sub in dir.EnumerateDirectories())
            {
                Walk(sub, segments, index, dotFiles, found);
            }

            return;
        }

        if (last)
        {
            foreach (var file in dir.EnumerateFiles())
            {
                if (Matches(segment, file.Name) && (dotFiles || !file.Name.StartsWith('.')))
                {
                    found.Add(file.FullName);
                }
            }

            return;
        }

        if (!IsWild(segment))
        {
            var sub = new DirectoryInfo(Path.Combine(dir.FullName, segment));
            if (sub.Exists)
            {
                Walk(sub, segments, index + 1, dotFiles, found);
            }

            return;
        }

        foreach (var sub in dir.EnumerateDirectories())
        {
            if (Matches(segment, sub.Name))
            {
                Walk(sub, segments, index + 1, dotFiles, found);
            }
        }
    }

    /// <summary>Whether <paramref name="name"/> matches a segment with <c>*</c> (any run) and <c>?</c> (one character), ordinally.</summary>
    internal static bool Matches(ReadOnlySpan<char> pattern, ReadOnlySpan<char> name)
    {
        int p = 0;
        int n = 0;
        int star = -1;
        int resume = 0;
        while (n < name.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == name[n]))
            {
                p++;
                n++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = n;
            }
            else if (star >= 0)
            {
                p = star + 1;
                n = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
