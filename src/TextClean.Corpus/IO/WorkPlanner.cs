using System.Globalization;

namespace TextClean.Corpus.IO;

/// <summary>Plans the work units of a job.</summary>
public static class WorkPlanner
{
    /// <summary>
    /// The units of <paramref name="files"/> in a deterministic order (files in the given order, parts in order).
    /// Uncompressed text and JSON Lines files larger than <see cref="InputOptions.PartBytes"/> are split into byte ranges
    /// of that size (a reader takes the lines that start in its range); Parquet files into runs of row groups of about
    /// that compressed size; other files are one unit.
    /// </summary>
    /// <exception cref="InputException">A file is missing, of unknown format, not a readable Parquet file, or two files would get the same unit name.</exception>
    public static IReadOnlyList<WorkUnit> Plan(IReadOnlyList<string> files, InputOptions options)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(options);
        if (options.PartBytes <= 0)
        {
            throw new ArgumentException("PartBytes must be positive", nameof(options));
        }

        var full = files.Select(Path.GetFullPath).ToList();
        string common = CommonFolder(full);
        var units = new List<WorkUnit>();
        foreach (var path in full)
        {
            var (format, compression) = InputFiles.Detect(path, options.Format);
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new InputException($"input file not found: {path}");
            }

            string name = Path.GetRelativePath(common, path).Replace(Path.DirectorySeparatorChar, '/').Replace("/", "__", StringComparison.Ordinal);
            long size = info.Length;
            var ranges = new List<(long Start, long End, long Bytes)>();
            if (format == InputFormat.Parquet)
            {
                ranges.AddRange(ParquetRecordReader.PlanRowGroups(path, compression, options.PartBytes));
            }
            else if (compression == Compression.None && format is InputFormat.Text or InputFormat.JsonLines && size > options.PartBytes)
            {
                for (long start = 0; start < size; start += options.PartBytes)
                {
                    long end = Math.Min(size, start + options.PartBytes);
                    ranges.Add((start, end, end - start));
                }
            }
            else
            {
                ranges.Add((0, size, size));
            }

            for (int part = 0; part < ranges.Count; part++)
            {
                var (start, end, bytes) = ranges[part];
                units.Add(new WorkUnit(path, format, compression, part, ranges.Count, start, end)
                {
                    Name = ranges.Count > 1 ? name + ".part" + part.ToString("D4", CultureInfo.InvariantCulture) : name,
                    DiskBytes = bytes,
                });
            }
        }

        // "a/b.txt" and a file named "a__b.txt" would share a name; completion markers and outputs need them apart.
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            if (!names.TryAdd(unit.Name, unit.Path) && names[unit.Name] != unit.Path)
            {
                throw new InputException($"inputs {names[unit.Name]} and {unit.Path} would both be named {unit.Name}; rename one");
            }
        }

        return units;
    }

    private static string CommonFolder(List<string> paths)
    {
        if (paths.Count == 0)
        {
            return ".";
        }

        string common = Path.GetDirectoryName(paths[0]) ?? paths[0];
        foreach (var path in paths.Skip(1))
        {
            while (!IsBelow(path, common))
            {
                common = Path.GetDirectoryName(common) ?? common;
                if (Path.GetPathRoot(common) == common)
                {
                    break;
                }
            }
        }

        return common;
    }

    private static bool IsBelow(string path, string folder) =>
        path.StartsWith(folder, StringComparison.Ordinal) &&
        (folder.EndsWith(Path.DirectorySeparatorChar) || (path.Length > folder.Length && path[folder.Length] == Path.DirectorySeparatorChar));
}
