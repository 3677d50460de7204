namespace TextClean.Bench;

/// <summary>The naive baseline: a loop over <see cref="char.IsLetterOrDigit(char)"/> that counts runs of letters and digits.</summary>
public sealed class LetterOrDigitLoopContender : SpanTokenizerContender
{
    /// <inheritdoc/>
    public override string Id => "letterordigit";

    /// <inheritdoc/>
    public override string Name => "IsLetterOrDigit loop";

    /// <inheritdoc/>
    public override string Description =>
        "Naive baseline: one char.IsLetterOrDigit call per UTF-16 code unit, counting runs; no punctuation, no types, no surrogate or cluster handling.";

    /// <inheritdoc/>
    public override long CountTokens(ReadOnlySpan<char> text)
    {
        long count = 0;
        bool inRun = false;
        foreach (char c in text)
        {
            bool letterOrDigit = char.IsLetterOrDigit(c);
            if (letterOrDigit && !inRun)
            {
                count++;
            }

            inRun = letterOrDigit;
        }

        return count;
    }
}
