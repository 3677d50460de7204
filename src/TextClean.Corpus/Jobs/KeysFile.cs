using System.Text;

namespace TextClean.Corpus.Jobs;

/// <summary>
/// The dedup keys of a unit's documents that passed the per-document stages, in output order, for the job-wide dedup at the end: per document its line, the
/// UTF-8 size of its text and its language (to correct the account when it is rejected), its exact key and its band keys.
/// </summary>
internal static class KeysFile
{
    private static readonly byte[] Magic = "TCK1"u8.ToArray();

    /// <summary>One document's entry; <paramref name="Rejected"/> when the writer already rejected it as a duplicate.</summary>
    public readonly record struct Entry(long Line, long Bytes, string? Language, UInt128 Exact, ulong[] Bands, bool Rejected);

    public sealed class Writer : IDisposable
    {
        private readonly BinaryWriter _writer;
        private readonly int _bands;

        public Writer(string path, int bands)
        {
            _writer = new BinaryWriter(new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16), Encoding.UTF8);
            _bands = bands;
            _writer.Write(Magic);
            _writer.Write(bands);
        }

        public void Add(long line, in DocumentResult result, bool rejected)
        {
            _writer.Write(line);
            _writer.Write(rejected);
            _writer.Write(result.OutputBytes);
            _writer.Write(result.Language ?? string.Empty);
            _writer.Write((ulong)(result.ExactKey >> 64));
            _writer.Write((ulong)result.ExactKey);
            for (int i = 0; i < _bands; i++)
            {
                _writer.Write(result.BandKeys![i]);
            }
        }

        public void Dispose() => _writer.Dispose();
    }

    public static IEnumerable<Entry> Read(string path)
    {
        using var reader = new BinaryReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), Encoding.UTF8);
        if (!reader.ReadBytes(4).AsSpan().SequenceEqual(Magic))
        {
            throw new InvalidDataException($"{path} is not a TextClean keys file");
        }

        int bands = reader.ReadInt32();
        while (reader.BaseStream.Position < reader.BaseStream.Length)
        {
            long line = reader.ReadInt64();
            bool rejected = reader.ReadBoolean();
            long bytes = reader.ReadInt64();
            string language = reader.ReadString();
            var exact = new UInt128(reader.ReadUInt64(), reader.ReadUInt64());
            var keys = new ulong[bands];
            for (int i = 0; i < bands; i++)
            {
                keys[i] = reader.ReadUInt64();
            }

            yield return new Entry(line, bytes, language.Length == 0 ? null : language, exact, keys, rejected);
        }
    }
}
