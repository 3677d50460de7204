namespace TextClean.Corpus.Jobs;

/// <summary>Live counters of a running job, updated as batches are written and read by a progress display from another thread.</summary>
public sealed class JobProgress
{
    private long _read;
    private long _kept;
    private long _rejected;
    private long _malformed;
    private long _bytesIn;
    private long _diskBytesDone;
    private int _unitsDone;

    /// <summary>Records read so far.</summary>
    public long Read => Interlocked.Read(ref _read);

    /// <summary>Documents kept so far (before job-wide dedup).</summary>
    public long Kept => Interlocked.Read(ref _kept);

    /// <summary>Documents rejected so far.</summary>
    public long Rejected => Interlocked.Read(ref _rejected);

    /// <summary>Malformed records so far.</summary>
    public long Malformed => Interlocked.Read(ref _malformed);

    /// <summary>Uncompressed bytes read so far.</summary>
    public long BytesIn => Interlocked.Read(ref _bytesIn);

    /// <summary>On-disk bytes of the units finished so far (of <see cref="TotalDiskBytes"/>).</summary>
    public long DiskBytesDone => Interlocked.Read(ref _diskBytesDone);

    /// <summary>On-disk bytes of the units this process has to do.</summary>
    public long TotalDiskBytes { get; internal set; }

    /// <summary>Units finished so far by this process (of <see cref="UnitCount"/>).</summary>
    public int UnitsDone => Volatile.Read(ref _unitsDone);

    /// <summary>Units this process has to do.</summary>
    public int UnitCount { get; internal set; }

    /// <summary>What the job is doing now, for display.</summary>
    public string Phase { get; internal set; } = "starting";

    /// <summary>
    /// The share of this process's work done, from the on-disk bytes of finished units plus an estimate for the current one
    /// (its uncompressed bytes read, over the compression ratio seen so far, or 4 for a compressed file before any is done).
    /// </summary>
    public double Fraction
    {
        get
        {
            if (TotalDiskBytes <= 0)
            {
                return 0;
            }

            long done = DiskBytesDone;
            double ratio = done > 0 && _bytesInAtUnitStart > 0 ? (double)_bytesInAtUnitStart / done : _currentCompressed ? 4 : 1;
            double current = Math.Min(_currentDiskBytes, (BytesIn - _bytesInAtUnitStart) / ratio);
            return Math.Clamp((done + current) / TotalDiskBytes, 0, 1);
        }
    }

    private long _bytesInAtUnitStart;
    private long _currentDiskBytes;
    private bool _currentCompressed;

    internal void UnitStarted(long diskBytes, bool compressed)
    {
        _bytesInAtUnitStart = BytesIn;
        _currentDiskBytes = diskBytes;
        _currentCompressed = compressed;
    }

    internal void AddBatch(long read, long kept, long rejected, long malformed, long bytes)
    {
        Interlocked.Add(ref _read, read);
        Interlocked.Add(ref _kept, kept);
        Interlocked.Add(ref _rejected, rejected);
        Interlocked.Add(ref _malformed, malformed);
        Interlocked.Add(ref _bytesIn, bytes);
    }

    internal void UnitFinished(long diskBytes)
    {
        Interlocked.Add(ref _diskBytesDone, diskBytes);
        Interlocked.Increment(ref _unitsDone);
    }
}
