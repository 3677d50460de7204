using TextClean.Tokenization;

namespace TextClean.Pipeline;

/// <summary>The buffers one cleaning call needs, kept per thread so steady-state cleaning allocates only the output string.</summary>
internal sealed class CleanSession
{
    // Buffers that grew past this are dropped after the call, so one huge document does not pin memory forever.
    private const int MaxRetainedChars = 1 << 20;

    [ThreadStatic]
    private static CleanSession? t_cached;

    private char[] _output = new char[1024];
    private int _length;

    public Token[] Tokens { get; set; } = new Token[256];

    public bool[][] Marks { get; private set; } = [];

    public TokenBuffer Decision { get; } = new();

    // The two buffers transforms write into in turn (see TokenPass.ApplyTransforms).
    public TokenBuffer TransformA { get; } = new();

    public TokenBuffer TransformB { get; } = new();

    public char LastWritten => _output[_length - 1];

    public static CleanSession Rent()
    {
        var session = t_cached ?? new CleanSession();
        t_cached = null;
        return session;
    }

    public static void Return(CleanSession session)
    {
        session._length = 0;
        if (session._output.Length <= MaxRetainedChars && session.Tokens.Length <= MaxRetainedChars)
        {
            t_cached = session;
        }
    }

    public Span<bool> MarksFor(int slot, int count)
    {
        if (Marks.Length <= slot)
        {
            var marks = Marks;
            Array.Resize(ref marks, slot + 1);
            Marks = marks;
        }

        if (Marks[slot] is null || Marks[slot].Length < count)
        {
            Marks[slot] = new bool[Math.Max(count, 256)];
        }

        var span = Marks[slot].AsSpan(0, count);
        span.Clear();
        return span;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _output.Length)
        {
            Array.Resize(ref _output, Math.Max(_output.Length * 2, _length + text.Length));
        }

        text.CopyTo(_output.AsSpan(_length));
        _length += text.Length;
    }

    public string ToOutputString() => new(_output, 0, _length);
}
