namespace TextClean.Corpus.IO;

/// <summary>
/// Known line counts at byte offsets of uncompressed files, shared by the readers of one process: a part of a split
/// file counts the LFs before it from the nearest known offset instead of from the start of the file, so reading the
/// parts of a file in order costs one pass, not one pass per part. Entries are keyed by path, size and write time, so
/// a changed file is counted afresh.
/// </summary>
internal static class LineIndex
{
    private static readonly Dictionary<(string Path, long Length, DateTime Written), SortedList<long, long>> Files = [];

    /// <summary>The key of <paramref name="file"/> as it is now.</summary>
    public static (string, long, DateTime) Key(FileStream file) =>
        (file.Name, file.Length, File.GetLastWriteTimeUtc(file.Name));

    /// <summary>The largest known offset at or before <paramref name="offset"/> and the LFs before it; (0, 0) if none.</summary>
    public static (long Offset, long Lines) Nearest((string, long, DateTime) key, long offset)
    {
        lock (Files)
        {
            if (!Files.TryGetValue(key, out var known))
            {
                return (0, 0);
            }

            // Binary search for the last key <= offset.
            var keys = known.Keys;
            int lo = 0;
            int hi = keys.Count - 1;
            int found = -1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >>> 1;
                if (keys[mid] <= offset)
                {
                    found = mid;
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return found < 0 ? (0, 0) : (keys[found], known.Values[found]);
        }
    }

    /// <summary>Records that <paramref name="lines"/> LFs come before <paramref name="offset"/>.</summary>
    public static void Record((string, long, DateTime) key, long offset, long lines)
    {
        lock (Files)
        {
            if (!Files.TryGetValue(key, out var known))
            {
                known = [];
                Files[key] = known;
            }

            known[offset] = lines;
        }
    }
}
