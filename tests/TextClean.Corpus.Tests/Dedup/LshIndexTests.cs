using TextClean.Corpus.Dedup;

namespace TextClean.Corpus.Tests.Dedup;

public class LshIndexTests
{
    [Fact]
    public void A_collision_in_any_band_is_a_near_duplicate_whose_keys_are_not_added()
    {
        var index = new LshIndex(3);
        Assert.True(index.Add([1, 2, 3]));
        Assert.Equal(3, index.Count);

        Assert.False(index.Add([9, 2, 8])); // band 1 collides
        Assert.Equal(3, index.Count);

        // 8 would collide with the rejected document only: it was never indexed, so this one is kept.
        Assert.True(index.Add([4, 5, 8]));
        Assert.Equal(6, index.Count);
        Assert.False(index.Add([4, 0, 0]));
    }

    [Fact]
    public void Equal_keys_in_different_bands_do_not_collide()
    {
        var index = new LshIndex(3);
        Assert.True(index.Add([1, 2, 3]));
        Assert.True(index.Add([2, 3, 1]));
        Assert.Equal(6, index.Count);
    }

    [Fact]
    public void The_number_of_keys_must_match_the_bands()
    {
        var index = new LshIndex(3);
        Assert.Throws<ArgumentException>(() => index.Add([1, 2]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LshIndex(0));
    }

    [Fact]
    public void The_second_of_two_near_duplicate_mails_is_flagged_and_distinct_mails_are_kept()
    {
        var hasher = new MinHasher(new MinHashOptions());
        var index = new LshIndex(hasher.BandCount);
        var keys = new ulong[hasher.BandCount];
        var mails = SpamAssassin.WithWords(200).Take(3).ToArray();
        var words = SpamAssassin.Words(mails[0]);
        words[50] = "zebra";
        words[150] = "quokka";
        var edited = string.Join(' ', words);

        hasher.BandKeys(mails[0], keys);
        Assert.True(index.Add(keys));
        hasher.BandKeys(edited, keys);
        Assert.False(index.Add(keys));
        Assert.Equal(hasher.BandCount, index.Count);
        hasher.BandKeys(mails[1], keys);
        Assert.True(index.Add(keys));
        hasher.BandKeys(mails[2], keys);
        Assert.True(index.Add(keys));
        Assert.Equal(3 * hasher.BandCount, index.Count);
    }
}
