using System.Text;

namespace TextClean.Text;

/// <summary>
/// One change a character-level pass (HTML stripping, mojibake repair, unicode clean-up) makes to its input:
/// the source range <c>[Start, Start + Length)</c> is replaced by <see cref="Replacement"/>. A pass reports its edits
/// in order and without overlap, so every position of the output maps back to the original text.
/// </summary>
/// <param name="Start">Offset of the replaced range in the pass's input, in UTF-16 code units.</param>
/// <param name="Length">Length of the replaced range (0 for a pure insertion).</param>
/// <param name="Replacement">The text that stands in the output for the range ("" for a deletion).</param>
/// <param name="Reason">Why: a short, stable name a learner can read in an explanation (e.g. "entity", "tag", "mojibake").</param>
public readonly record struct TextEdit(int Start, int Length, string Replacement, string Reason)
{
    /// <summary>Offset just past the replaced range.</summary>
    public int End => Start + Length;

    /// <summary>
    /// Applies <paramref name="edits"/> (ordered, not overlapping) to <paramref name="source"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The edits are out of order, overlap, or fall outside the source.</exception>
    public static string Apply(string source, IReadOnlyList<TextEdit> edits)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(edits);
        if (edits.Count == 0)
        {
            return source;
        }

        var builder = new StringBuilder(source.Length);
        int position = 0;
        foreach (var edit in edits)
        {
            if (edit.Start < position || edit.Length < 0 || edit.End > source.Length)
            {
                throw new ArgumentException($"edit at {edit.Start}+{edit.Length} is out of order, overlapping or outside the text (length {source.Length})", nameof(edits));
            }

            builder.Append(source, position, edit.Start - position).Append(edit.Replacement);
            position = edit.End;
        }

        return builder.Append(source, position, source.Length - position).ToString();
    }

    /// <summary>
    /// Composes <paramref name="first"/> (original → <paramref name="middle"/>) with <paramref name="second"/>
    /// (<paramref name="middle"/> → result) into edits from the original to the result. Edits of the second pass that
    /// touch edits of the first are merged with them into one edit.
    /// </summary>
    internal static List<TextEdit> Compose(List<TextEdit> first, List<TextEdit> second, string middle)
    {
        // Where each edit of the first pass lands in the middle text.
        var outStart = new int[first.Count];
        int shift = 0;
        for (int k = 0; k < first.Count; k++)
        {
            outStart[k] = first[k].Start + shift;
            shift += first[k].Replacement.Length - first[k].Length;
        }

        var result = new List<TextEdit>(first.Count + second.Count);
        int i = 0;
        int j = 0;
        shift = 0;
        var replacement = new StringBuilder();
        while (j < second.Count)
        {
            int a = second[j].Start;
            int b = second[j].End;
            // Edits of the first pass that only touch this one (end where it starts, start where it ends) stay apart, so that
            // "<p>" removed before "Dear" lower-cased are two edits and "dear" still maps to "Dear".
            while (i < first.Count && outStart[i] + first[i].Replacement.Length <= a)
            {
                result.Add(first[i]);
                shift += first[i].Replacement.Length - first[i].Length;
                i++;
            }

            int firstI = i;
            int lastJ = j + 1;
            int absorbedShift = 0;
            bool grown = true;
            while (grown)
            {
                grown = false;
                while (i < first.Count && outStart[i] < b)
                {
                    a = Math.Min(a, outStart[i]);
                    b = Math.Max(b, outStart[i] + first[i].Replacement.Length);
                    absorbedShift += first[i].Replacement.Length - first[i].Length;
                    i++;
                    grown = true;
                }

                while (lastJ < second.Count && second[lastJ].Start < b)
                {
                    b = Math.Max(b, second[lastJ].End);
                    lastJ++;
                    grown = true;
                }
            }

            string reason = second[j].Reason;
            if (firstI == i && lastJ == j + 1)
            {
                result.Add(second[j] with { Start = a - shift });
            }
            else
            {
                replacement.Clear();
                int position = a;
                for (int k = j; k < lastJ; k++)
                {
                    replacement.Append(middle, position, second[k].Start - position).Append(second[k].Replacement);
                    position = second[k].End;
                }

                replacement.Append(middle, position, b - position);
                result.Add(new TextEdit(a - shift, b - a - absorbedShift, replacement.ToString(), reason));
            }

            shift += absorbedShift;
            j = lastJ;
        }

        for (; i < first.Count; i++)
        {
            result.Add(first[i]);
        }

        return result;
    }
}
