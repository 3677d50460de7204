using System.IO.Compression;
using System.Text;

namespace TextClean.Languages;

/// <summary>
/// Character n-gram naive Bayes over languages (in the spirit of NTextCat and langdetect): for each language the most frequent
/// n-grams of orders 1-5 with their log-probabilities, and a log-probability for an n-gram it never saw. Scoring a text adds,
/// for each of its n-grams, each language's log-probability. Immutable and thread-safe; scoring allocates nothing.
/// </summary>
public sealed class LanguageModel
{
    /// <summary>The longest n-gram.</summary>
    public const int MaxOrder = 5;

    private const uint Magic = 0x344C4354; // "TCL4"

    private readonly string[] _codes;
    private readonly uint[] _scripts; // per language, a bit per script it is written in
    private readonly float[] _unseen; // [language * MaxOrder + order - 1]

    // Open addressing over n-gram keys (key + 1, so 0 is empty); each slot's entries are a run of (language, weight).
    private readonly uint[] _keys;
    private readonly int[] _slotStart;
    private readonly ushort[] _slotCount;
    private readonly byte[] _entryLanguage;
    private readonly float[] _entryWeight;
    private readonly int _mask;

    internal LanguageModel(string[] codes, uint[] scripts, float[] unseen, IReadOnlyList<Dictionary<uint, float>> logProbabilities)
        : this(codes, scripts, unseen, Flatten(logProbabilities))
    {
    }

    // Entries as parallel arrays (key, language, log-probability), in any order.
    private LanguageModel(string[] codes, uint[] scripts, float[] unseen, (uint[] Keys, byte[] Languages, float[] LogProbabilities) entries)
    {
        _codes = codes;
        _scripts = scripts;
        _unseen = unseen;
        var (keys, languages, logProbabilities) = entries;
        int[] order = new int[keys.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // A read model comes in key order already; a built one does not.
        uint[] sortedKeys = keys;
        if (!IsAscending(keys))
        {
            sortedKeys = (uint[])keys.Clone();
            Array.Sort(sortedKeys, order);
        }
        int distinct = 0;
        for (int i = 0; i < sortedKeys.Length; i++)
        {
            distinct += i == 0 || sortedKeys[i] != sortedKeys[i - 1] ? 1 : 0;
        }

        int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, distinct * 2));
        _mask = size - 1;
        _keys = new uint[size];
        _slotStart = new int[size];
        _slotCount = new ushort[size];
        _entryLanguage = new byte[keys.Length];
        _entryWeight = new float[keys.Length];
        for (int i = 0; i < sortedKeys.Length;)
        {
            uint key = sortedKeys[i];
            int slot = Slot(key);
            while (_keys[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key + 1;
            _slotStart[slot] = i;
            int orderIndex = NgramReader.OrderOf(key) - 1;
            for (; i < sortedKeys.Length && sortedKeys[i] == key; i++)
            {
                int e = order[i];
                _entryLanguage[i] = languages[e];

                // Stored relative to "unseen", so scoring adds the unseen mass once per n-gram and the entries on top.
                _entryWeight[i] = logProbabilities[e] - unseen[(languages[e] * MaxOrder) + orderIndex];
            }

            _slotCount[slot] = (ushort)(i - _slotStart[slot]);
        }

        NgramCount = distinct;
    }

    /// <summary>The ISO 639-3 codes of the model's languages, in its order.</summary>
    public IReadOnlyList<string> Languages => _codes;

    /// <summary>Distinct n-grams in the model.</summary>
    public int NgramCount { get; }

    /// <summary>Reads a model written by <see cref="Write"/> (gzip).</summary>
    /// <exception cref="InvalidDataException">The stream is not a TextClean language model.</exception>
    public static LanguageModel Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        var data = new ModelReader(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        if (data.UInt32() != Magic)
        {
            throw new InvalidDataException("not a TextClean language model");
        }

        int count = data.Int32();
        var codes = new string[count];
        var scripts = new uint[count];
        var unseen = new float[count * MaxOrder];
        for (int l = 0; l < count; l++)
        {
            codes[l] = data.String();
            scripts[l] = data.UInt32();
            for (int o = 0; o < MaxOrder; o++)
            {
                unseen[(l * MaxOrder) + o] = data.Single();
            }
        }

        // N-grams in ascending key order, each with its languages: the table fills in one pass.
        int entries = data.Int32();
        var keys = new uint[entries];
        var languages = new byte[entries];
        var logProbabilities = new float[entries];
        uint key = 0;
        for (int e = 0; e < entries;)
        {
            key += data.VarUInt32();
            int languagesOfKey = data.Byte();
            for (int k = 0; k < languagesOfKey; k++, e++)
            {
                keys[e] = key;
                languages[e] = data.Byte();
                logProbabilities[e] = data.Int16() / 64f;
            }
        }

        return new LanguageModel(codes, scripts, unseen, (keys, languages, logProbabilities));
    }

    /// <summary>Writes the model (gzip; log-probabilities to 1/64).</summary>
    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var slots = Enumerable.Range(0, _keys.Length).Where(i => _keys[i] != 0).OrderBy(i => _keys[i]).ToList();
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(_codes.Length);
        for (int l = 0; l < _codes.Length; l++)
        {
            writer.Write(_codes[l]);
            writer.Write(_scripts[l]);
            for (int o = 0; o < MaxOrder; o++)
            {
                writer.Write(_unseen[(l * MaxOrder) + o]);
            }
        }

        writer.Write(_entryLanguage.Length);
        uint previous = 0;
        foreach (int slot in slots)
        {
            uint key = _keys[slot] - 1;
            writer.Write7BitEncodedInt((int)(key - previous));
            writer.Write((byte)_slotCount[slot]);
            for (int e = _slotStart[slot]; e < _slotStart[slot] + _slotCount[slot]; e++)
            {
                int l = _entryLanguage[e];
                float logProbability = _entryWeight[e] + _unseen[(l * MaxOrder) + NgramReader.OrderOf(key) - 1];
                writer.Write((byte)l);
                writer.Write((short)Math.Clamp(MathF.Round(logProbability * 64), short.MinValue, short.MaxValue));
            }

            previous = key;
        }
    }

    private static bool IsAscending(uint[] keys)
    {
        for (int i = 1; i < keys.Length; i++)
        {
            if (keys[i] < keys[i - 1])
            {
                return false;
            }
        }

        return true;
    }

    private static (uint[] Keys, byte[] Languages, float[] LogProbabilities) Flatten(IReadOnlyList<Dictionary<uint, float>> logProbabilities)
    {
        int total = logProbabilities.Sum(t => t.Count);
        var keys = new uint[total];
        var languages = new byte[total];
        var values = new float[total];
        int next = 0;
        for (int l = 0; l < logProbabilities.Count; l++)
        {
            foreach (var (key, logProbability) in logProbabilities[l])
            {
                keys[next] = key;
                languages[next] = (byte)l;
                values[next++] = logProbability;
            }
        }

        return (keys, languages, values);
    }

    /// <summary>Whether language <paramref name="index"/> is written in <paramref name="script"/> (Serbian: Cyrillic and Latin).</summary>
    internal bool Writes(int index, Script script) => (_scripts[index] & (1u << (int)script)) != 0;

    /// <summary>Adds the log-likelihood of <paramref name="text"/> under each language to <paramref name="scores"/>.</summary>
    internal void Score(ReadOnlySpan<char> text, Span<float> scores, out ScriptCounts scripts, out int ngrams)
    {
        Span<int> perOrder = stackalloc int[MaxOrder];
        var reader = new NgramReader(text);
        while (reader.TryNext(out uint key))
        {
            perOrder[NgramReader.OrderOf(key) - 1]++;
            int slot = Slot(key);
            while (_keys[slot] != 0)
            {
                if (_keys[slot] == key + 1)
                {
                    int start = _slotStart[slot];
                    for (int e = start; e < start + _slotCount[slot]; e++)
                    {
                        scores[_entryLanguage[e]] += _entryWeight[e];
                    }

                    break;
                }

                slot = (slot + 1) & _mask;
            }
        }

        ngrams = 0;
        for (int o = 0; o < MaxOrder; o++)
        {
            ngrams += perOrder[o];
            for (int l = 0; l < _codes.Length; l++)
            {
                scores[l] += perOrder[o] * _unseen[(l * MaxOrder) + o];
            }
        }

        scripts = reader.Scripts;
    }

    private int Slot(uint key) => (int)((key * 2654435761u) >> 7) & _mask;

    /// <summary>Reads the little-endian values <see cref="BinaryWriter"/> wrote, from memory.</summary>
    private ref struct ModelReader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private int _position;

        public byte Byte() => _data[_position++];

        public short Int16() => System.Buffers.Binary.BinaryPrimitives.ReadInt16LittleEndian(Take(2));

        public int Int32() => System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(Take(4));

        public uint UInt32() => System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(Take(4));

        public float Single() => System.Buffers.Binary.BinaryPrimitives.ReadSingleLittleEndian(Take(4));

        public uint VarUInt32()
        {
            uint value = 0;
            for (int shift = 0; shift < 35; shift += 7)
            {
                byte b = Byte();
                value |= (uint)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value;
                }
            }

            throw new InvalidDataException("bad variable-length integer in the language model");
        }

        public string String()
        {
            int length = (int)VarUInt32();
            return Encoding.UTF8.GetString(Take(length));
        }

        private ReadOnlySpan<byte> Take(int count)
        {
            var slice = _data.Slice(_position, count);
            _position += count;
            return slice;
        }
    }
}
