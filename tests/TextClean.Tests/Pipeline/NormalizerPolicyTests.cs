using TextClean.Normalizers.Punctuation;
using TextClean.Normalizers.Words;
using TextClean.Pipeline;

namespace TextClean.Tests.Pipeline;

/// <summary>Every policy of every normalizer, each on a real example, through a pipeline of just that normalizer.</summary>
public class NormalizerPolicyTests
{
    private static string Clean(string normalizer, string text, params (string, string)[] settings) =>
        new TextPipelineBuilder().Use(normalizer, settings).Build().Clean(text);

    [Theory]
    [InlineData("keep", "Paid $1,200 (3.5%) on the 2nd at 10:30", "Paid $1,200 (3.5%) on the 2nd at 10:30")]
    [InlineData("mask", "Paid $1,200 (3.5%) on the 2nd at 10:30, 2020-01-02, 42 times", "Paid <MONEY> (<PERCENT>) on the <ORDINAL> at <TIME>, <DATE>, <NUM> times")]
    [InlineData("shape", "Total 1,234.56 for 12 items", "Total 0,000.00 for 00 items")]
    [InlineData("bucket", "Won 1,500 and lost -250", "Won <NUM_1e3> and lost <NUM_neg1e2>")]
    [InlineData("remove", "Only 3 left, ACT NOW", "Only left, ACT NOW")]
    public void Numbers(string policy, string input, string expected) =>
        Assert.Equal(expected, Clean("numbers", input, ("policy", policy)));

    [Theory]
    [InlineData("keep", "Call 555-123-4567 now", "Call 555-123-4567 now")]
    [InlineData("mask", "Call 555-123-4567 now", "Call <PHONE> now")]
    [InlineData("remove", "Call (555) 123-4567 now", "Call now")]
    public void Phones(string policy, string input, string expected) =>
        Assert.Equal(expected, Clean("numbers", input, ("phones", policy)));

    [Fact]
    public void Ranges_dates_and_negative_numbers_are_numbers_not_hyphenated_words() =>
        Assert.Equal("from 1990-2000, pp. 10–12, -5 degrees, on 2020-01-02", Clean("hyphens", "from 1990-2000, pp. 10–12, -5 degrees, on 2020-01-02", ("policy", "split")));

    [Theory]
    [InlineData("keep", "strip", "Love it 👍🏽 👨‍👩‍👧", "Love it 👍 👨‍👩‍👧")]
    [InlineData("keep", "keep", "Love it 👍🏽", "Love it 👍🏽")]
    [InlineData("describe", "strip", "Love it 👍🏽 🇯🇵 1️⃣", "Love it :thumbs_up: :flag_japan: :keycap_1:")]
    [InlineData("describe", "keep", "Love it 👍🏽", "Love it :thumbs_up_medium_skin_tone:")]
    [InlineData("mask", "strip", "Love it 👍🏽👨‍👩‍👧", "Love it <EMOJI><EMOJI>")]
    [InlineData("remove", "strip", "Love👍🏽it", "Love it")]
    public void Emojis(string policy, string skinTones, string input, string expected) =>
        Assert.Equal(expected, Clean("emojis", input, ("policy", policy), ("skin_tones", skinTones)));

    [Fact]
    public void Describing_an_emoji_glued_to_a_word_keeps_both_apart()
    {
        Assert.Equal("great :thumbs_up:!", Clean("emojis", "great👍!"));
        Assert.Equal("great thumbs up!", Clean("emojis", "great👍!", ("names", "words")));
        Assert.Equal("flag cote d ivoire", Clean("emojis", "🇨🇮", ("names", "words")));
    }

    [Theory]
    [InlineData("keep", "ok :-) <3", "ok :-) <3")]
    [InlineData("to_emoji", "ok :-))) <3 :'(", "ok :slightly_smiling_face: :red_heart: :crying_face:")]
    [InlineData("mask", "ok :-) <3", "ok <EMOTICON> <EMOTICON>")]
    [InlineData("remove", "ok :-) <3 bye", "ok bye")]
    public void Emoticons(string policy, string input, string expected) =>
        Assert.Equal(expected, Clean("emojis", input, ("emoticons", policy)));

    [Fact]
    public void Emoticons_to_emoji_then_follow_the_emoji_policy() =>
        Assert.Equal("ok 🙂 ❤️", Clean("emojis", "ok :) <3", ("policy", "keep"), ("emoticons", "to_emoji")));

    [Theory]
    [InlineData("keep", "Wow!!! Really?!?! Wait...... ok.", "Wow!!! Really?!?! Wait...... ok.")]
    [InlineData("collapse", "Wow!!! Really?!?! Wait...... ok.", "Wow! Really?! Wait... ok.")]
    [InlineData("mark", "Wow!!! Really?!?! Wait...... ok?!", "Wow! <REPEAT> Really?! <REPEAT> Wait... ok?!")]
    [InlineData("expressive", "Wow!!! Really, (yes) ok?", "Wow! <REPEAT> Really yes ok?")]
    [InlineData("remove", "end.Start, (really)! \"quoted\" e-mail", "end Start really quoted e-mail")]
    public void Punctuation(string policy, string input, string expected) =>
        Assert.Equal(expected, Clean("punctuation", input, ("policy", policy)));

    [Fact]
    public void Removing_punctuation_never_glues_words()
    {
        foreach (var (input, expected) in new[] { ("end.Start", "end Start"), ("a,b;c", "a b c"), ("x/y", "x y"), ("one--two", "one two"), ("(hi)", "hi") })
        {
            Assert.Equal(expected, Clean("punctuation", input, ("policy", "remove"), ("symbols", "remove")));
        }
    }

    [Fact]
    public void Symbols_are_kept_or_removed() =>
        Assert.Equal("Tom & Jerry, 5 3", Clean("punctuation", "Tom & Jerry ©, 5 + 3 ™", ("policy", "keep"), ("symbols", "remove")));

    [Theory]
    [InlineData("mask", "Dear Mr. Smith, John Smith wrote: May I help? You may unsubscribe.", "Dear Mr. <NAME>, <NAME> wrote: May I help? You may unsubscribe.")]
    [InlineData("keep", "Dear Mr. Smith, John Smith wrote:", "Dear Mr. Smith, John Smith wrote:")]
    public void Names(string policy, string input, string expected) =>
        Assert.Equal(expected, Clean("names", input, ("policy", policy)));

    [Theory]
    [InlineData("keep", "a state-of-the-art e-mail", "a state-of-the-art e-mail")]
    [InlineData("split", "a state-of-the-art e-mail", "a state of the art e mail")]
    [InlineData("join", "a state-of-the-art e-mail", "a stateoftheart email")]
    [InlineData("both", "a state-of-the-art tool", "a state-of-the-art state of the art tool")]
    public void Hyphenated_words(string policy, string input, string expected) =>
        Assert.Equal(expected, Clean("hyphens", input, ("policy", policy)));

    [Fact]
    public void Line_break_hyphenation_is_repaired_before_whitespace_folds_the_break()
    {
        var pipeline = new TextPipelineBuilder().UseHyphens().UseWhitespace(TextClean.Normalizers.Whitespace.ParagraphMode.Fold).Build();
        Assert.Equal("more information about a well-known soft hyphen", pipeline.Clean("more infor-\nmation a-\nbout a well-\nknown soft hy\u00AD\nphen"));
    }

    [Theory]
    [InlineData("urls", "keep", "see https://x.org/a?b=1 now", "see https://x.org/a?b=1 now")]
    [InlineData("urls", "mask", "see https://x.org/a?b=1 and www.y.com now", "see <URL> and <URL> now")]
    [InlineData("urls", "remove", "see https://x.org/a now", "see now")]
    [InlineData("emails", "mask", "write to jane.doe@example.com today", "write to <EMAIL> today")]
    [InlineData("emails", "remove", "write to jane.doe@example.com today", "write to today")]
    [InlineData("mentions", "mask", "thanks @jane_doe!", "thanks <USER>!")]
    [InlineData("mentions", "remove", "thanks @jane_doe!", "thanks!")]
    [InlineData("hashtags", "mask", "loving #MachineLearning today", "loving <HASHTAG> today")]
    [InlineData("hashtags", "remove", "loving #MachineLearning today", "loving today")]
    [InlineData("hashtags", "keep", "loving #MachineLearning today", "loving #MachineLearning today")]
    public void Urls_emails_mentions_and_hashtags(string normalizer, string policy, string input, string expected) =>
        Assert.Equal(expected, Clean(normalizer, input, ("policy", policy)));

    [Theory]
    [InlineData("keep", "FREE Money from NASA in Straße", "FREE Money from NASA in Straße")]
    [InlineData("lower", "FREE Money from NASA in Straße", "free money from nasa in straße")]
    [InlineData("casefold", "FREE Money from NASA in Straße, ΣΊΣΥΦΟΣ", "free money from nasa in strasse, σίσυφοσ")]
    [InlineData("smart", "FREE Money from NASA in Straße, U.S.A. <URL>", "FREE money from NASA in straße, U.S.A. <URL>")]
    public void Case(string policy, string input, string expected) =>
        Assert.Equal(expected, Clean("case", input, ("policy", policy)));

    [Fact]
    public void Case_leaves_urls_emoticons_and_placeholders_alone() =>
        Assert.Equal("see https://X.org/ABC :D <NUM> now", Clean("case", "SEE https://X.org/ABC :D <NUM> NOW"));

    [Theory]
    [InlineData("nfc", "keep", "cafe\u0301 ﬁne donâ€™t", "café ﬁne donâ€™t")]
    [InlineData("nfkc", "repair", "cafe\u0301 ﬁne donâ€™t", "café fine don’t")]
    [InlineData("nfc", "repair", "cafÃ© ðŸ˜‰ NESTLÉ® Ã", "café 😉 NESTLÉ® Ã")]
    public void Unicode(string form, string mojibake, string input, string expected) =>
        Assert.Equal(expected, Clean("unicode", input, ("form", form), ("mojibake", mojibake)));

    [Fact]
    public void Html_strips_tags_scripts_and_decodes_entities() =>
        Assert.Equal("Hi Tom & Jerry’s — ok", Clean("html", "<p>Hi <b>Tom</b> &amp; Jerry&#8217;s &mdash; ok</p><script>var x=1;</script>"));

    [Theory]
    [InlineData("keep", "a\u00A0 b\n\n\nc\nd ", "a b\n\nc\nd")]
    [InlineData("fold", "a\u00A0 b\n\n\nc\nd ", "a b c d")]
    public void Whitespace(string paragraphs, string input, string expected) =>
        Assert.Equal(expected, Clean("whitespace", input, ("paragraphs", paragraphs)));

    [Theory]
    [InlineData("keep", "keep", "keep", "“Don’t” — she said… ‘ok’", "“Don’t” — she said… ‘ok’")]
    [InlineData("ascii", "keep", "keep", "“Don’t” — she said… ‘ok’ «oui» l´amour", "\"Don't\" — she said… 'ok' \"oui\" l'amour")]
    [InlineData("keep", "ascii", "keep", "yes—no, pp. 10–12, −5, state‐of‐the‐art", "yes--no, pp. 10-12, -5, state-of-the-art")]
    [InlineData("keep", "keep", "ascii", "wait… ok", "wait... ok")]
    [InlineData("keep", "keep", "unicode", "wait... ok.. fine...... end.", "wait… ok.. fine… end.")]
    public void Quotes(string policy, string dashes, string ellipsis, string input, string expected) =>
        Assert.Equal(expected, Clean("quotes", input, ("policy", policy), ("dashes", dashes), ("ellipsis", ellipsis)));

    [Fact]
    public void Quotes_make_both_apostrophes_one_word_for_later_decisions() =>
        Assert.Equal("I do not know", new TextPipelineBuilder().Use("quotes").Use("contractions", ("policy", "expand")).Build().Clean("I don’t know"));

    [Theory]
    [InlineData("keep", 2, "soooo goood NOOOO", "soooo goood NOOOO")]
    [InlineData("collapse", 2, "soooo goood yessss NOOOO, good coffee", "soo good yess NOO, good coffee")]
    [InlineData("collapse", 1, "soooo goood, good", "so god, good")]
    [InlineData("collapse", 3, "soooooo sooo", "sooo sooo")]
    [InlineData("mark", 2, "soooo happy", "soo <ELONG> happy")]
    [InlineData("mark", 2, "World War III, AAA batteries", "World War III, AAA batteries")]
    public void Elongation(string policy, int maxRepeat, string input, string expected) =>
        Assert.Equal(expected, Clean("elongation", input, ("policy", policy), ("max_repeat", maxRepeat.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    [Fact]
    public void The_elongation_mark_keeps_its_capitals_after_lower_casing() =>
        Assert.Equal("soo <ELONG> happy", new TextPipelineBuilder().Use("case").Use("elongation", ("policy", "mark")).Build().Clean("SOOOO happy"));

    [Theory]
    [InlineData("keep", "Café in Łódź", "Café in Łódź")]
    [InlineData("strip", "Café in Łódź, Øre, Æsir, Straße, naïve, Việt Nam, cafe\u0301, #Señor @józef", "Cafe in Lodz, Ore, AEsir, Strasse, naive, Viet Nam, cafe, #Senor @jozef")]
    [InlineData("strip", "Ελλάδα हिन्दी Москва 東京 α\u0301", "Ελλάδα हिन्दी Москва 東京 α\u0301")]
    [InlineData("strip", "see https://x.org/café", "see https://x.org/café")]
    public void Accents(string policy, string input, string expected) =>
        Assert.Equal(expected, Clean("accents", input, ("policy", policy)));

    [Theory]
    [InlineData("keep", "I don't know, it's John's", "I don't know, it's John's")]
    [InlineData("split", "I don't know, I'm sure it's John's. Can't", "I do n't know, I 'm sure it 's John 's. Ca n't")]
    [InlineData("split", "don’t", "do n’t")]
    [InlineData("expand", "I don't know, I'm sure it's John's. Can't, WON'T, shan't, we'll, you've, they're, she'd, let's", "I do not know, I am sure it is John's. Cannot, WILL NOT, shall not, we will, you have, they are, she would, let us")]
    [InlineData("expand", "y'all o'clock rock'n'roll ma'am 'tis", "y'all o'clock rock'n'roll ma'am 'tis")]
    public void Contractions(string policy, string input, string expected) =>
        Assert.Equal(expected, Clean("contractions", input, ("policy", policy)));

    [Theory]
    [InlineData("keep", "eng", "The cat is on the mat", "The cat is on the mat")]
    [InlineData("remove", "eng", "The cat is on the mat, and I don't care.", "cat mat, care.")]
    [InlineData("remove", "deu", "Der Hund und die Katze sind nicht hier", "Hund Katze")]
    [InlineData("remove", "fra", "Le chat est sur la table", "chat table")]
    public void Stop_words(string policy, string language, string input, string expected) =>
        Assert.Equal(expected, Clean("stop_words", input, ("policy", policy), ("language", language)));

    [Fact]
    public void Stop_words_see_words_as_they_end_up()
    {
        var pipeline = new TextPipelineBuilder().Use("hyphens", ("policy", "both")).Use("contractions", ("policy", "expand"))
            .Use("emojis", ("names", "words")).Use("hashtags", ("policy", "split")).Use("stop_words", ("policy", "remove")).Build();
        const string input = "A state-of-the-art idea, don't you think? 👍 #ThisIsTheBest";
        string once = pipeline.Clean(input);
        Assert.Equal("state-of-the-art state art idea, think? thumbs Best", once);
        Assert.Equal(once, pipeline.Clean(once));
    }

    [Fact]
    public void A_clitic_split_off_a_stop_word_goes_with_it() =>
        Assert.Equal("sure John 's", new TextPipelineBuilder().Use("contractions", ("policy", "split")).Use("stop_words", ("policy", "remove")).Build().Clean("I'm sure John's"));

    [Theory]
    [InlineData("keep", "Loving #MachineLearning and #iphone12pro", "Loving #MachineLearning and #iphone12pro")]
    [InlineData("split", "Loving #MachineLearning, #iphone12pro and #love #throwbackthursday", "Loving Machine Learning, iphone 12 pro and love throwback thursday")]
    [InlineData("mask", "Loving #MachineLearning", "Loving <HASHTAG>")]
    [InlineData("remove", "Loving #MachineLearning today", "Loving today")]
    public void Hashtags(string policy, string input, string expected) =>
        Assert.Equal(expected, Clean("hashtags", input, ("policy", policy)));

    [Fact]
    public void Split_hashtags_are_words_and_numbers_for_every_later_decision() =>
        Assert.Equal("machine learning with iphone <NUM> pro", TextPipeline.FromPreset("ml").Clean("#MachineLearning with #iphone12pro"));

    [Fact]
    public void Removing_stop_words_never_glues_words()
    {
        var pipeline = new TextPipelineBuilder().UsePunctuation(PunctuationPolicy.Remove).UseStopWords().UseContractions(ContractionPolicy.Split).Build();
        foreach (var (input, expected) in new[] { ("end.the.Start", "end Start"), ("cats,and,dogs", "cats dogs"), ("alpha—the—beta", "alpha beta"), ("I'm.sure", "sure"), ("big(the)deal", "big deal") })
        {
            Assert.Equal(expected, pipeline.Clean(input));
        }
    }
}
