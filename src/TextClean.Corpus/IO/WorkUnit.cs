namespace TextClean.Corpus.IO;

/// <summary>
/// A piece of work: one input file, or one part of a large one (a byte range that starts and ends at line boundaries,
/// or a range of Parquet row groups). Units are what shards split and what completion markers record.
/// </summary>
/// <param name="Path">The input file.</param>
/// <param name="Format">Its format.</param>
/// <param name="Compression">Its compression.</param>
/// <param name="Part">0-based part number within the file.</param>
/// <param name="PartCount">How many parts the file has (1: the whole file).</param>
/// <param name="Start">Where the part starts (byte offset, or first row group for Parquet).</param>
/// <param name="End">Where it ends, exclusive (byte offset, or row group). A whole file (PartCount 1) is read to its end whatever this says.</param>
public sealed record WorkUnit(string Path, InputFormat Format, Compression Compression, int Part, int PartCount, long Start, long End)
{
    /// <summary>A stable name, unique within a job and safe as a file name (the path below the inputs' common folder, '/' as '__', plus <c>.partNNNN</c> when split).</summary>
    public required string Name { get; init; }

    /// <summary>Bytes of the file this unit covers on disk (for progress and planning).</summary>
    public required long DiskBytes { get; init; }
}
