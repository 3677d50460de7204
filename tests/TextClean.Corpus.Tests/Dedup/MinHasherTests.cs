using System.Globalization;
using TextClean.Corpus.Dedup;

namespace TextClean.Corpus.Tests.Dedup;

public class MinHasherTests
{
    private static readonly MinHasher Hasher = new(new MinHashOptions());

    [Fact]
    public void The_same_seed_gives_the_same_keys_and_another_seed_other_keys()
    {
        var again = new MinHasher(new MinHashOptions());
        var other = new MinHasher(new MinHashOptions { Seed = 2 });
        foreach (var body in SpamAssassin.WithWords(5).Take(200))
        {
            var keys = Keys(Hasher, body);
            Assert.Equal(keys, Keys(again, body));
            var otherKeys = Keys(other, body);
            Assert.All(Enumerable.Range(0, keys.Length), b => Assert.NotEqual(keys[b], otherKeys[b]));
        }
    }

    [Fact]
    public void Case_and_whitespace_do_not_change_the_keys_but_words_do()
    {
        foreach (var body in SpamAssassin.WithWords(5).Take(200))
        {
            var keys = Keys(Hasher, body);
            Assert.Equal(keys, Keys(Hasher, body.ToUpperInvariant()));
            Assert.Equal(keys, Keys(Hasher, "\n" + string.Join("  \t", SpamAssassin.Words(body))));
        }

        Assert.Equal(Keys(Hasher, "Hello World"), Keys(Hasher, "hello   world"));
        Assert.NotEqual(Keys(Hasher, "hello world"), Keys(Hasher, "hello world."));
        Assert.NotEqual(Keys(Hasher, "hello world"), Keys(Hasher, "world hello"));
    }

    [Fact]
    public void Empty_documents_share_their_keys_and_no_mail_shares_any_of_them()
    {
        var empty = Keys(Hasher, "");
        Assert.Equal(empty, Keys(Hasher, " \n\t "));
        Assert.Equal(empty.Length, empty.Distinct().Count());
        foreach (var body in SpamAssassin.WithWords(1))
        {
            var keys = Keys(Hasher, body);
            Assert.All(Enumerable.Range(0, keys.Length), b => Assert.NotEqual(empty[b], keys[b]));
        }
    }

    [Fact]
    public void Parallel_computation_gives_the_same_keys_as_sequential()
    {
        var bodies = SpamAssassin.Bodies;
        var sequential = bodies.Select(b => Keys(Hasher, b)).ToArray();
        var parallel = new ulong[bodies.Length][];
        Parallel.For(0, bodies.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = Keys(Hasher, bodies[i]));
        for (var i = 0; i < bodies.Length; i++)
        {
            Assert.Equal(sequential[i], parallel[i]);
        }
    }

    [Fact]
    public void Computing_keys_allocates_nothing()
    {
        var body = SpamAssassin.WithWords(1000).First();
        var keys = new ulong[Hasher.BandCount];
        Hasher.BandKeys(body, keys);
        var before = GC.GetAllocatedBytesForCurrentThread();
        Hasher.BandKeys(body, keys);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Changing_2_words_in_200_is_caught()
    {
        var random = new Random(11);
        var caught = 0;
        var jaccard = new List<double>();
        var mails = SpamAssassin.WithWords(200).Take(400).ToArray();
        foreach (var body in mails)
        {
            var words = SpamAssassin.Words(body)[..200];
            var original = string.Join(' ', words);
            foreach (var at in new[] { random.Next(100), 100 + random.Next(100) })
            {
                words[at] = "edit" + random.Next().ToString(CultureInfo.InvariantCulture);
            }

            var edited = string.Join(' ', words);
            jaccard.Add(Jaccard(original, edited));
            caught += SharesBand(original, edited) ? 1 : 0;
        }

        // Each edit replaces up to 5 of 196 shingles: J ≈ 186/206 ≈ 0.90, P(flagged) ≈ 0.9996.
        Assert.InRange(jaccard.Average(), 0.88, 0.93);
        Assert.True(caught >= 0.99 * mails.Length, $"{caught} of {mails.Length} caught");
    }

    [Fact]
    public void Replacing_half_the_words_is_not_caught()
    {
        var random = new Random(12);
        var caught = 0;
        var mails = SpamAssassin.WithWords(200).Take(400).ToArray();
        foreach (var body in mails)
        {
            var words = SpamAssassin.Words(body);
            var original = string.Join(' ', words);
            for (var i = 0; i < words.Length; i++)
            {
                if (random.Next(2) == 0)
                {
                    words[i] = "edit" + random.Next().ToString(CultureInfo.InvariantCulture);
                }
            }

            var edited = string.Join(' ', words);
            Assert.True(Jaccard(original, edited) < 0.3);
            caught += SharesBand(original, edited) ? 1 : 0;
        }

        Assert.Equal(0, caught);
    }

    [Fact]
    public void Distinct_mails_are_rarely_flagged_unless_they_are_similar()
    {
        // Every exactly-distinct mail, in corpus order, against the kept ones; a flagged mail is compared with the
        // kept mail it collided with.
        var firstOwner = new Dictionary<(int Band, ulong Key), int>();
        var exact = new ExactIndex();
        var index = new LshIndex(Hasher.BandCount);
        var bodies = SpamAssassin.Bodies;
        var distinct = 0;
        var flagged = new List<double>();
        for (var i = 0; i < bodies.Length; i++)
        {
            if (!exact.Add(ExactKey.Of(bodies[i])))
            {
                continue;
            }

            distinct++;
            var keys = Keys(Hasher, bodies[i]);
            var owner = -1;
            for (var b = 0; b < keys.Length && owner < 0; b++)
            {
                owner = firstOwner.GetValueOrDefault((b, keys[b]), -1);
            }

            Assert.Equal(owner < 0, index.Add(keys));
            if (owner < 0)
            {
                for (var b = 0; b < keys.Length; b++)
                {
                    firstOwner[(b, keys[b])] = i;
                }
            }
            else
            {
                flagged.Add(Jaccard(bodies[i], bodies[owner]));
            }
        }

        // The corpus has real near-duplicates (resent spam, mailing-list mails with long shared footers and quotes) ...
        Assert.True(flagged.Count(j => j >= 0.7) > 200, $"{flagged.Count(j => j >= 0.7)} flagged at J >= 0.7");
        // ... and few flagged mails are less than half similar to what they collided with (11 of 5,839 when written).
        var dissimilar = flagged.Count(j => j < 0.5);
        Assert.True(dissimilar <= 0.005 * distinct, $"{dissimilar} of {distinct} flagged at J < 0.5");
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.7)]
    [InlineData(0.8)]
    [InlineData(0.9)]
    public void The_collision_rate_of_pairs_at_a_given_jaccard_follows_the_banding_formula(double similarity)
    {
        // Pairs of 175 unique words (171 shingles each) sharing a prefix so that exactly `shared` shingles are common:
        // J = shared / (2 * 171 - shared).
        const int Shingles = 171;
        const int Pairs = 2000;
        var shared = (int)Math.Round(2 * Shingles * similarity / (1 + similarity));
        var prefixWords = shared + 4;
        var exact = shared / (double)((2 * Shingles) - shared);
        Assert.InRange(exact, similarity - 0.005, similarity + 0.005);
        var collided = 0;
        for (var p = 0; p < Pairs; p++)
        {
            var a = Enumerable.Range(0, Shingles + 4).Select(k => string.Create(CultureInfo.InvariantCulture, $"p{p}w{k}")).ToArray();
            var b = a.Select((w, k) => k < prefixWords ? w : w + "b").ToArray();
            string ta = string.Join(' ', a), tb = string.Join(' ', b);
            if (p == 0)
            {
                Assert.Equal(exact, Jaccard(ta, tb), 12);
            }

            collided += SharesBand(ta, tb) ? 1 : 0;
        }

        var expected = 1 - Math.Pow(1 - Math.Pow(exact, 8), 14);
        var tolerance = (4 * Math.Sqrt(expected * (1 - expected) / Pairs)) + 0.005;
        Assert.InRange(collided / (double)Pairs, expected - tolerance, expected + tolerance);
    }

    [Fact]
    public void Options_out_of_range_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MinHasher(new MinHashOptions { ShingleWords = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MinHasher(new MinHashOptions { Bands = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MinHasher(new MinHashOptions { RowsPerBand = 0 }));
        Assert.Throws<ArgumentException>(() => Hasher.BandKeys("text", new ulong[Hasher.BandCount - 1]));
        Assert.Equal(3, new MinHasher(new MinHashOptions { Bands = 3, RowsPerBand = 5 }).BandCount);
    }

    private static ulong[] Keys(MinHasher hasher, string text)
    {
        var keys = new ulong[hasher.BandCount];
        hasher.BandKeys(text, keys);
        return keys;
    }

    private static bool SharesBand(string a, string b)
    {
        ulong[] ka = Keys(Hasher, a), kb = Keys(Hasher, b);
        return Enumerable.Range(0, ka.Length).Any(i => ka[i] == kb[i]);
    }

    private static double Jaccard(string a, string b)
    {
        HashSet<ulong> sa = Hasher.Shingles(a), sb = Hasher.Shingles(b);
        var common = sa.Count(sb.Contains);
        return common / (double)(sa.Count + sb.Count - common);
    }
}
