using TextClean.Text;

namespace TextClean.Pipeline;

/// <summary>
/// Cleaned text with its alignment to the original: <see cref="Edits"/> turn <see cref="Original"/> into <see cref="Text"/>,
/// and <see cref="ToOriginal"/> maps any span of the cleaned text back to the span of the original it came from
/// (a masked number maps to the whole number; a token inside an HTML page maps past the tags).
/// </summary>
public sealed class CleanResult
{
    private readonly int[] _outputStarts;

    /// <summary>Creates a result from the original, the cleaned text and the edits between them (ordered, not overlapping).</summary>
    public CleanResult(string original, string text, IReadOnlyList<TextEdit> edits)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(edits);
        Original = original;
        Text = text;
        Edits = edits;
        _outputStarts = new int[edits.Count];
        int shift = 0;
        for (int i = 0; i < edits.Count; i++)
        {
            _outputStarts[i] = edits[i].Start + shift;
            shift += edits[i].Replacement.Length - edits[i].Length;
        }
    }

    /// <summary>The text before cleaning.</summary>
    public string Original { get; }

    /// <summary>The cleaned text.</summary>
    public string Text { get; }

    /// <summary>The edits from <see cref="Original"/> to <see cref="Text"/>, each with the normalizer that made it.</summary>
    public IReadOnlyList<TextEdit> Edits { get; }

    /// <summary>
    /// The span of <see cref="Original"/> that the span <c>[start, start + length)</c> of <see cref="Text"/> came from. A span that
    /// touches a replacement maps to the whole replaced range.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The span is not inside <see cref="Text"/>.</exception>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, Text.Length, nameof(length));
        int originalStart = MapStart(start);
        int originalEnd = length == 0 ? originalStart : Math.Max(originalStart, MapEnd(start + length));
        return (originalStart, originalEnd - originalStart);
    }

    // The original position of output position p taken as the start of a span.
    private int MapStart(int p)
    {
        int k = LastEditStartingAtOrBefore(p, inclusive: true);
        if (k < 0)
        {
            return p;
        }

        int outEnd = _outputStarts[k] + Edits[k].Replacement.Length;
        return p < outEnd ? Edits[k].Start : p - outEnd + Edits[k].End;
    }

    // The original position of output position p taken as the (exclusive) end of a span.
    private int MapEnd(int p)
    {
        int k = LastEditStartingAtOrBefore(p, inclusive: false);
        if (k < 0)
        {
            return p;
        }

        int outEnd = _outputStarts[k] + Edits[k].Replacement.Length;
        return p <= outEnd ? Edits[k].End : p - outEnd + Edits[k].End;
    }

    private int LastEditStartingAtOrBefore(int p, bool inclusive)
    {
        int lo = 0;
        int hi = _outputStarts.Length - 1;
        int found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_outputStarts[mid] < p || (inclusive && _outputStarts[mid] == p))
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        // Skip pure deletions that end where p starts a span: they lie before it, not under it.
        while (inclusive && found >= 0 && Edits[found].Replacement.Length == 0 && _outputStarts[found] == p && found + 1 < _outputStarts.Length && _outputStarts[found + 1] == p)
        {
            found++;
        }

        return found;
    }
}
