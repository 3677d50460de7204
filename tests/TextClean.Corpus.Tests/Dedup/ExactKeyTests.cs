using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using TextClean.Corpus.Dedup;

namespace TextClean.Corpus.Tests.Dedup;

public class ExactKeyTests
{
    private static readonly string[] Spaces = [" ", "  ", "\t", "\n", "\r\n", " \n\n ", "\u00A0", "\u2003", "\u3000", "\u2028"];

    [Theory]
    [InlineData("Hello world", "Hello world")]
    [InlineData("Hello world", "  Hello \t\n world\r\n")]
    [InlineData("Hello world", "Hello\u00A0\u2003world")]
    [InlineData("a b c", "a\u3000b\u2029c ")]
    [InlineData("", "   \n\t ")]
    public void Texts_that_differ_only_in_whitespace_get_equal_keys(string a, string b) =>
        Assert.Equal(ExactKey.Of(a), ExactKey.Of(b));

    [Theory]
    [InlineData("Hello world", "hello world")] // case: exact means exact after the pipeline
    [InlineData("Hello world", "Helloworld")] // removing a whole whitespace run is not collapsing it
    [InlineData("Hello world", "Hello world.")]
    [InlineData("Hello world", "Hello wurld")]
    [InlineData("Hello world", "world Hello")]
    [InlineData("", "-")]
    public void Any_other_change_gives_a_different_key(string a, string b) =>
        Assert.NotEqual(ExactKey.Of(a), ExactKey.Of(b));

    [Fact]
    public void Key_is_the_xxhash128_of_the_collapsed_trimmed_text_for_every_mail()
    {
        foreach (var body in SpamAssassin.Bodies)
        {
            Assert.Equal(Reference(body), ExactKey.Of(body));
        }
    }

    [Fact]
    public void Mails_with_rewritten_whitespace_keep_their_key_and_one_changed_character_changes_it()
    {
        var random = new Random(7);
        var checkedMails = 0;
        foreach (var body in SpamAssassin.WithWords(20).Take(300))
        {
            var words = SpamAssassin.Words(body);
            var reflowed = Spaces[random.Next(Spaces.Length)] + string.Join(null, words.Select(w => w + Spaces[random.Next(Spaces.Length)]));
            Assert.Equal(ExactKey.Of(body), ExactKey.Of(reflowed));

            // Flip the case of one letter, or change one other character.
            var chars = body.ToCharArray();
            var at = Array.FindIndex(chars, random.Next(chars.Length / 2), char.IsLetterOrDigit);
            Assert.True(at >= 0);
            chars[at] = char.IsUpper(chars[at]) ? char.ToLowerInvariant(chars[at]) : char.IsLower(chars[at]) ? char.ToUpperInvariant(chars[at]) : '#';
            Assert.NotEqual(ExactKey.Of(body), ExactKey.Of(new string(chars)));
            checkedMails++;
        }

        Assert.Equal(300, checkedMails);
    }

    [Fact]
    public void Keys_group_the_corpus_exactly_like_the_normalized_texts()
    {
        var normalized = SpamAssassin.Bodies.Select(Normalize).ToArray();
        var keys = SpamAssassin.Bodies.Select(b => ExactKey.Of(b)).ToArray();

        // Same groups: equal keys exactly when the normalized texts are equal (no collisions, nothing split).
        var byText = normalized.Select((t, i) => (t, i)).GroupBy(x => x.t, StringComparer.Ordinal).Select(g => string.Join(',', g.Select(x => x.i))).Order(StringComparer.Ordinal);
        var byKey = keys.Select((k, i) => (k, i)).GroupBy(x => x.k).Select(g => string.Join(',', g.Select(x => x.i))).Order(StringComparer.Ordinal);
        Assert.Equal(byText, byKey);
        Assert.True(normalized.Distinct(StringComparer.Ordinal).Count() < normalized.Length, "the corpus has exact duplicates");
    }

    [Fact]
    public void A_text_of_more_than_1_MB_is_keyed_without_allocating()
    {
        var builder = new StringBuilder();
        foreach (var body in SpamAssassin.Bodies)
        {
            builder.Append(body).Append("\n\n");
            if (builder.Length > 1_100_000)
            {
                break;
            }
        }

        var text = builder.ToString();
        Assert.True(text.Length > 1_000_000);
        Assert.Equal(Reference(text), ExactKey.Of(text)); // also warms up this thread's hasher

        var before = GC.GetAllocatedBytesForCurrentThread();
        var key = ExactKey.Of(text);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);

        Assert.Equal(key, ExactKey.Of("\n " + text.Replace(" ", "  \t", StringComparison.Ordinal) + " "));
        var changed = text.ToCharArray();
        var middle = Array.FindIndex(changed, changed.Length / 2, char.IsLetter);
        changed[middle] = changed[middle] == 'x' ? 'y' : 'x';
        Assert.NotEqual(key, ExactKey.Of(changed));
    }

    [Fact]
    public void The_index_counts_distinct_keys()
    {
        var index = new ExactIndex();
        Assert.True(index.Add(ExactKey.Of("one  two")));
        Assert.False(index.Add(ExactKey.Of("one two\n")));
        Assert.True(index.Add(ExactKey.Of("one two three")));
        Assert.Equal(2, index.Count);

        var corpus = new ExactIndex();
        var kept = SpamAssassin.Bodies.Count(b => corpus.Add(ExactKey.Of(b)));
        Assert.Equal(SpamAssassin.Bodies.Select(Normalize).Distinct(StringComparer.Ordinal).Count(), kept);
        Assert.Equal(kept, corpus.Count);
    }

    // An independent statement of the contract: split on char.IsWhiteSpace, join with one space.
    private static string Normalize(string text) => string.Join(' ', SpamAssassin.Words(text));

    private static UInt128 Reference(string text) => XxHash128.HashToUInt128(MemoryMarshal.AsBytes(Normalize(text).AsSpan()));
}
