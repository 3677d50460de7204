namespace TextClean.Languages;

/// <summary>
/// The character n-grams (orders 1 to <see cref="LanguageModel.MaxOrder"/>) of a text as 32-bit keys, and its letters per
/// script: one pass, no allocation. Letters are lower-cased; every run of non-letters is one word boundary (a space), so
/// n-grams see the start and end of words (" th", "he ").
/// </summary>
internal ref struct NgramReader
{
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    private readonly ReadOnlySpan<char> _text;
    private int _position;
    private uint _c0, _c1, _c2, _c3, _c4; // the last five characters, newest first
    private int _filled;
    private int _order;
    private bool _flushed;

    public NgramReader(ReadOnlySpan<char> text)
    {
        _text = text;
        _c0 = ' ';
        _filled = 1;
        _order = LanguageModel.MaxOrder + 1;
    }

    /// <summary>Letters seen so far per script (index: <see cref="Script"/>).</summary>
    public ScriptCounts Scripts;

    /// <summary>The next n-gram key; false at the end of the text.</summary>
    public bool TryNext(out uint key)
    {
        while (true)
        {
            if (_order <= Math.Min(_filled, LanguageModel.MaxOrder))
            {
                int order = _order++;

                // A lone boundary is not an n-gram.
                if (!(order == 1 && _c0 == ' '))
                {
                    key = Key(order);
                    return true;
                }

                continue;
            }

            if (!Advance())
            {
                key = 0;
                return false;
            }

            _order = 1;
        }
    }

    private bool Advance()
    {
        while (_position < _text.Length)
        {
            char c = _text[_position++];
            var script = Languages.Scripts.Of(c);
            if (script == Script.None)
            {
                if (_c0 != ' ')
                {
                    Push(' ');
                    return true;
                }

                continue;
            }

            Scripts.Add(script);
            Push(c < 128 ? (char)(c | 0x20) : char.ToLowerInvariant(c));
            return true;
        }

        // The end of the text ends the last word.
        if (!_flushed && _c0 != ' ')
        {
            _flushed = true;
            Push(' ');
            return true;
        }

        return false;
    }

    private void Push(char c)
    {
        _c4 = _c3;
        _c3 = _c2;
        _c2 = _c1;
        _c1 = _c0;
        _c0 = c;
        _filled = Math.Min(_filled + 1, LanguageModel.MaxOrder);
    }

    // FNV-1a over the n-gram's characters, oldest first; the order goes in the top three bits.
    private readonly uint Key(int order)
    {
        uint hash = FnvOffset;
        if (order >= 5)
        {
            hash = (hash ^ _c4) * FnvPrime;
        }

        if (order >= 4)
        {
            hash = (hash ^ _c3) * FnvPrime;
        }

        if (order >= 3)
        {
            hash = (hash ^ _c2) * FnvPrime;
        }

        if (order >= 2)
        {
            hash = (hash ^ _c1) * FnvPrime;
        }

        hash = (hash ^ _c0) * FnvPrime;
        return (hash & 0x1FFFFFFF) | ((uint)(order - 1) << 29);
    }

    /// <summary>The order (1-5) of an n-gram key.</summary>
    public static int OrderOf(uint key) => (int)(key >> 29) + 1;
}

/// <summary>Letters per script, inline (no allocation).</summary>
internal struct ScriptCounts
{
    private ScriptCountBuffer _counts;

    public readonly int this[Script script] => _counts[(int)script];

    public void Add(Script script) => _counts[(int)script]++;

    /// <summary>
    /// The script with the most letters (None when there are no letters). A Han, kana or Hangul character counts three: it
    /// carries a word or a syllable, so "Firefox の設定" is Japanese.
    /// </summary>
    public readonly Script Dominant
    {
        get
        {
            var best = Script.None;
            int most = 0;
            for (int i = 1; i < Languages.Scripts.Count; i++)
            {
                int weight = (Script)i is Script.Han or Script.Kana or Script.Hangul ? 3 : 1;
                if (_counts[i] * weight > most)
                {
                    most = _counts[i] * weight;
                    best = (Script)i;
                }
            }

            return best;
        }
    }

    /// <summary>All letters.</summary>
    public readonly int Letters
    {
        get
        {
            int sum = 0;
            for (int i = 1; i < Languages.Scripts.Count; i++)
            {
                sum += _counts[i];
            }

            return sum;
        }
    }
}

[System.Runtime.CompilerServices.InlineArray(Scripts.Count)]
internal struct ScriptCountBuffer
{
    private int _element;
}
