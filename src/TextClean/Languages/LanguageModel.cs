using System.IO.Compression;
using System.Text;

namespace TextClean.Languages;

/// <summary>
/// Character n-gram naive Bayes over languages (in the spirit of NTextCat and langdetect): for each language the most frequent
/// n-grams of orders 1-4 with their log-probabilities, and a log-probability for an n-gram it never saw. Scoring a text adds,
/// for each of its n-grams, each language's log-probability. Immutable and thread-safe; scoring allocates nothing.
/// </summary>
public sealed class LanguageModel
{
    /// <summary>The longest n-gram.</summary>
    public const int MaxOrder = 4;

    private const uint Magic = 0x314C4354; // "TCL1"

    private readonly string[] _codes;
    private readonly Script[] _scripts;
    private readonly float[] _unseen; // [language * MaxOrder + order - 1]

    // Open addressing over n-gram keys (key + 1, so 0 is empty); each slot's entries are a run of (language, weight).
    private readonly uint[] _keys;
    private readonly int[] _slotStart;
    private readonly ushort[] _slotCount;
    private readonly byte[] _entryLanguage;
    private readonly float[] _entryWeight;
    private readonly int _mask;

    internal LanguageModel(string[] codes, Script[] scripts, float[] unseen, IReadOnlyList<Dictionary<uint, float>> logProbabilities)
    {
        _codes = codes;
        _scripts = scripts;
        _unseen = unseen;
        var byKey = new Dictionary<uint, List<(byte Language, float Weight)>>();
        for (int l = 0; l < codes.Length; l++)
        {
            foreach (var (key, logProbability) in logProbabilities[l])
            {
                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = [];
                }

                // Stored relative to "unseen", so scoring adds the unseen mass once per n-gram and the entries on top.
                list.Add(((byte)l, logProbability - unseen[(l * MaxOrder) + NgramReader.OrderOf(key) - 1]));
            }
        }

        int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, byKey.Count * 2));
        _mask = size - 1;
        _keys = new uint[size];
        _slotStart = new int[size];
        _slotCount = new ushort[size];
        _entryLanguage = new byte[byKey.Values.Sum(v => v.Count)];
        _entryWeight = new float[_entryLanguage.Length];
        int next = 0;
        foreach (var (key, entries) in byKey.OrderBy(p => p.Key))
        {
            int slot = Slot(key);
            while (_keys[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key + 1;
            _slotStart[slot] = next;
            _slotCount[slot] = (ushort)entries.Count;
            foreach (var (language, weight) in entries)
            {
                _entryLanguage[next] = language;
                _entryWeight[next++] = weight;
            }
        }

        NgramCount = byKey.Count;
    }

    /// <summary>The ISO 639-3 codes of the model's languages, in its order.</summary>
    public IReadOnlyList<string> Languages => _codes;

    /// <summary>Distinct n-grams in the model.</summary>
    public int NgramCount { get; }

    /// <summary>Reads a model written by <see cref="Write"/> (gzip).</summary>
    public static LanguageModel Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip, Encoding.UTF8);
        if (reader.ReadUInt32() != Magic)
        {
            throw new InvalidDataException("not a TextClean language model");
        }

        int count = reader.ReadInt32();
        var codes = new string[count];
        var scripts = new Script[count];
        var unseen = new float[count * MaxOrder];
        var logProbabilities = new Dictionary<uint, float>[count];
        for (int l = 0; l < count; l++)
        {
            codes[l] = reader.ReadString();
            scripts[l] = (Script)reader.ReadByte();
            for (int o = 0; o < MaxOrder; o++)
            {
                unseen[(l * MaxOrder) + o] = reader.ReadSingle();
            }

            int entries = reader.ReadInt32();
            var table = logProbabilities[l] = new Dictionary<uint, float>(entries);
            uint key = 0;
            for (int e = 0; e < entries; e++)
            {
                // Keys ascend, so each is stored as the gap from the last (7 bits a byte); weights are quantized to 1/64.
                key += (uint)reader.Read7BitEncodedInt();
                table[key] = reader.ReadInt16() / 64f;
            }
        }

        return new LanguageModel(codes, scripts, unseen, logProbabilities);
    }

    /// <summary>Writes the model (gzip; log-probabilities to 1/64).</summary>
    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var perLanguage = new List<(uint Key, float LogProbability)>[_codes.Length];
        for (int l = 0; l < _codes.Length; l++)
        {
            perLanguage[l] = [];
        }

        for (int slot = 0; slot < _keys.Length; slot++)
        {
            if (_keys[slot] == 0)
            {
                continue;
            }

            uint key = _keys[slot] - 1;
            for (int e = _slotStart[slot]; e < _slotStart[slot] + _slotCount[slot]; e++)
            {
                int l = _entryLanguage[e];
                perLanguage[l].Add((key, _entryWeight[e] + _unseen[(l * MaxOrder) + NgramReader.OrderOf(key) - 1]));
            }
        }

        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(_codes.Length);
        for (int l = 0; l < _codes.Length; l++)
        {
            writer.Write(_codes[l]);
            writer.Write((byte)_scripts[l]);
            for (int o = 0; o < MaxOrder; o++)
            {
                writer.Write(_unseen[(l * MaxOrder) + o]);
            }

            var entries = perLanguage[l];
            entries.Sort((a, b) => a.Key.CompareTo(b.Key));
            writer.Write(entries.Count);
            uint previous = 0;
            foreach (var (key, logProbability) in entries)
            {
                writer.Write7BitEncodedInt((int)(key - previous));
                writer.Write((short)Math.Clamp(MathF.Round(logProbability * 64), short.MinValue, short.MaxValue));
                previous = key;
            }
        }
    }

    /// <summary>The main script of language <paramref name="index"/>.</summary>
    internal Script ScriptOf(int index) => _scripts[index];

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
}
