using TextClean.Pipeline;

namespace TextClean.Benchmarks;

/// <summary>What cleaning a set of documents allocates once warmed, against the size of the strings it returns.</summary>
/// <param name="Documents">The documents cleaned.</param>
/// <param name="Changed">The documents whose result is a new string (an unchanged document comes back as the same instance).</param>
/// <param name="AllocatedBytes">Managed bytes allocated on the calling thread by all the Clean calls (the quietest of the rounds per document).</param>
/// <param name="OutputStringBytes">The heap size of the new result strings (0 for an unchanged document).</param>
/// <param name="WorstDocumentRatio">The largest allocated ÷ output-string bytes of one changed document.</param>
public sealed record CleanAllocation(int Documents, int Changed, long AllocatedBytes, long OutputStringBytes, double WorstDocumentRatio)
{
    /// <summary>Allocated bytes per document.</summary>
    public double BytesPerDocument => Documents == 0 ? 0 : (double)AllocatedBytes / Documents;

    /// <summary>Allocated bytes ÷ the bytes of the result strings: 1 means only the output string is allocated.</summary>
    public double RatioToOutput => OutputStringBytes == 0 ? (AllocatedBytes == 0 ? 1 : double.PositiveInfinity) : (double)AllocatedBytes / OutputStringBytes;

    /// <summary>The heap size of a string of <paramref name="length"/> characters on 64-bit .NET: 22 + 2n bytes rounded up to 8.</summary>
    public static long StringBytes(int length) => (22L + (2L * length) + 7) & ~7L;

    /// <summary>
    /// Cleans every document <paramref name="rounds"/> + 1 times (the first is the warm-up) and keeps, per document, the quietest
    /// round's allocation: the runtime sometimes allocates on the thread by itself (tiering, caches), while an allocation made by
    /// Clean shows in every round.
    /// </summary>
    public static CleanAllocation Measure(TextPipeline pipeline, IReadOnlyList<string> documents, int rounds = 3)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var doc in documents)
        {
            pipeline.Clean(doc);
        }

        long allocated = 0;
        long output = 0;
        int changed = 0;
        double worst = 0;
        foreach (var doc in documents)
        {
            long quietest = long.MaxValue;
            string result = doc;
            for (int round = 0; round < rounds; round++)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                result = pipeline.Clean(doc);
                quietest = Math.Min(quietest, GC.GetAllocatedBytesForCurrentThread() - before);
            }

            allocated += quietest;
            if (!ReferenceEquals(result, doc))
            {
                changed++;
                long bytes = StringBytes(result.Length);
                output += bytes;
                worst = Math.Max(worst, (double)quietest / bytes);
            }
        }

        return new CleanAllocation(documents.Count, changed, allocated, output, worst);
    }
}
