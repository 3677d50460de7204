using TextClean.Tests.Unicode;
using TextClean.Tokenization;
using TextClean.Unicode;

namespace TextClean.Tests.Tokenization;

/// <summary>Every emoji sequence of Emoji 17.0 is exactly one token, wherever it stands.</summary>
public sealed class TokenizerEmojiTests
{
    // Contexts from real social text: glued to words, digits, punctuation, other emoji, and standing alone.
    private static readonly (string Before, string After)[] Contexts =
    [
        ("", ""), ("great", "!!"), ("a ", " b"), ("20", "th"), ("x", "y"), ("(", ")"), ("#tag", "@user"), ("😀", "😀"), ("1", "1"),
    ];

    /// <summary>Each fully-qualified sequence, and the same with every U+FE0F removed, is one emoji token in every context.</summary>
    [Fact]
    public void Every_fully_qualified_sequence_is_one_emoji_token_in_every_context()
    {
        var failures = new List<string>();
        int checkedSequences = 0;
        foreach (var entry in EmojiSequenceTests.AllEntries.Where(e => e.Status == "fully-qualified"))
        {
            var bare = entry.Text.Replace("\uFE0F", string.Empty, StringComparison.Ordinal);

            // Text-default symbols below U+2600 (©, ™, ↔) are symbols without U+FE0F: the one documented exception.
            bool bareIsEmoji = EmojiSequence.GetLength(bare) == bare.Length;
            foreach (var emoji in bareIsEmoji && bare != entry.Text ? new[] { entry.Text, bare } : new[] { entry.Text })
            {
                checkedSequences++;
                foreach (var (before, after) in Contexts)
                {
                    var text = before + emoji + after;
                    var emojiTokens = Tokenizer.Default.TokenizeToList(text).Where(t => t.Kind == TokenKind.Emoji).ToList();
                    bool found = emojiTokens.Any(t => t.Start == before.Length && t.Length == emoji.Length);
                    if (!found)
                    {
                        failures.Add($"line {entry.Line} {entry.Name}: in \"{before}…{after}\" got [{string.Join(", ", emojiTokens.Select(t => $"{t.Start}+{t.Length}"))}]");
                        break;
                    }
                }
            }
        }

        Assert.True(checkedSequences > 5000, $"only {checkedSequences} sequences checked");
        Assert.True(failures.Count == 0, $"{failures.Count} sequences are not one token:\n" + string.Join("\n", failures.Take(50)));
    }
}
