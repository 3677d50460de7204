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

        var builder = new System.Text.StringBuilder(source.Length);
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
}
