using TextClean.Normalizers.Names;
using TextClean.Tests.Support;
using TextClean.Tokenization;

namespace TextClean.Tests.Normalizers.Names;

public sealed class NameRecognizerTests
{
    /// <summary>The names found in <paramref name="text"/>, as strings, in order.</summary>
    private static string[] Names(string text) => NameSpans.Predict(text).Select(s => text[s.Start..s.End]).ToArray();

    [Theory]
    [InlineData("Dear Mr. Smith,", "Smith")]
    [InlineData("John Smith wrote:", "John Smith")]
    [InlineData("Bill Gates said the company would grow.", "Bill Gates")]
    [InlineData("From: Chris Garrigues <cwg-dated-1030377287.06fa6d@DeepEddy.Com>", "Chris Garrigues")]
    [InlineData("I met Dr. Watson yesterday.", "Watson")]
    [InlineData("John F. Kennedy was elected in 1960.", "John F. Kennedy")]
    [InlineData("On Wed, 18 Sep 2002, R. A. Hettinga wrote:", "R. A. Hettinga")]
    [InlineData("On Tue, 10 Sep 2002 01:20:56 PDT, J C Lawrence <claw@kanga.nu> wrote:", "J C Lawrence")]
    [InlineData("Patton, Tony wrote:", "Patton, Tony")]
    [InlineData("Once upon a time, Yen wrote :", "Yen")]
    [InlineData("Will Alan Cox go to jail?", "Alan Cox")]
    [InlineData("Thanks, Bill.", "Bill")]
    [InlineData("Hope that helps, Michael", "Michael")]
    [InlineData("TONY BLAIR's special relationship", "TONY BLAIR")]
    [InlineData("Anne-Marie O'Brien called.", "Anne-Marie O'Brien")]
    [InlineData("Mark Twomey joked:", "Mark Twomey")]
    [InlineData("I asked Will about it.", "Will")]
    [InlineData("Look what it did for Marla and Jack...", "Marla", "Jack")]
    [InlineData("Quoting John P. Looney (valen@tuatha.org):", "John P. Looney")]
    [InlineData("Ciaran Mac Lochlainn stated the following:", "Ciaran Mac Lochlainn")]
    [InlineData("Matthias Saou                 World Trade Center", "Matthias Saou")]
    [InlineData("He met Mr. Coulter and Mr. Bonderman in San Francisco.", "Coulter", "Bonderman")]
    [InlineData("By RIVA D. ATLAS and EDWARD WONG", "RIVA D. ATLAS", "EDWARD WONG")]
    [InlineData("-- Will", "Will")]
    [InlineData("Get Chris's Book today", "Chris")]
    [InlineData("To: \"John S. Denker\" <jsd@monmouth.com>", "John S. Denker")]
    public void FindsTheNames(string text, params string[] names) => Assert.Equal(names, Names(text));

    [Theory]
    [InlineData("May I help you?")]
    [InlineData("You may unsubscribe at any time.")]
    [InlineData("Will you come?")]
    [InlineData("Please pay the bill by Friday.")]
    [InlineData("How To Pay The Bill Online")]
    [InlineData("Mark as read")]
    [InlineData("Hope this helps.")]
    [InlineData("We Will Shop The Best Prices For You")]
    [InlineData("WE WILL ASSIST YOU")]
    [InlineData("Get Red Hat Linux today.")]
    [InlineData("The New York Times reported it.")]
    [InlineData("See you on Tuesday, March 3.")]
    [InlineData("Dr. Who is on tonight.")]
    [InlineData("Had I known, I would have come.")]
    [InlineData("Mail tony@svanstrom.com or see http://www.john.com/")]
    [InlineData("A fix for an MS IE sign-in bug.")]
    [InlineData("X-mailer: My Own Email v4.00")]
    [InlineData("Hi Friend, Free Gifts inside!")]
    [InlineData("Please DO NOT reply to this list! Use bugs@helixcode.com instead.")]
    [InlineData("Of the regional Bell operating companies, none agreed.")]
    [InlineData("Mr. FoRK is a mailing list.")]
    [InlineData("I am sure it WILL WORK FOR YOU")]
    public void FindsNoName(string text) => Assert.Empty(Names(text));

    [Fact]
    public void HonorificStaysOutsideTheName()
    {
        const string text = "Dear Mr. Smith,";
        var tokens = Tokenize(text);
        var names = new bool[tokens.Length];
        NameRecognizer.Default.Mark(text, tokens, names);
        Assert.Equal(["Smith"], tokens.Where((_, i) => names[i]).Select(t => t.GetString(text)));
    }

    [Fact]
    public void ClearsFlagsLeftFromAnEarlierCall()
    {
        const string text = "pay the bill now";
        var tokens = Tokenize(text);
        var names = new bool[tokens.Length + 2];
        names.AsSpan().Fill(true);
        NameRecognizer.Default.Mark(text, tokens, names);
        Assert.All(names.Take(tokens.Length), Assert.False);
    }

    [Fact]
    public void RejectsAShortFlagBuffer()
    {
        const string text = "John Smith";
        var tokens = Tokenize(text);
        Assert.Throws<ArgumentException>(() => NameRecognizer.Default.Mark(text, tokens, new bool[1]));
    }

    [Fact]
    public void MarkDoesNotAllocateAfterWarmUp()
    {
        const string text = "On Wed, 18 Sep 2002, R. A. Hettinga wrote: Dear Mr. Smith, May I ask Bill Gates and John F. Kennedy "
            + "about Red Hat? -- Will <will@example.com>";
        var tokens = Tokenize(text);
        var names = new bool[tokens.Length];
        long allocated = Allocation.QuietestRound(() => NameRecognizer.Default.Mark(text, tokens, names));
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void IsSafeToShareAcrossThreads()
    {
        const string text = "Bill Gates met Mr. Smith and John F. Kennedy.";
        var expected = Names(text);
        Parallel.For(0, 64, _ => Assert.Equal(expected, Names(text)));
    }

    private static Token[] Tokenize(string text)
    {
        var tokens = new List<Token>();
        foreach (var token in Tokenizer.Default.Tokenize(text))
        {
            tokens.Add(token);
        }

        return [.. tokens];
    }
}
