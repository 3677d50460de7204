using FsCheck;
using FsCheck.Fluent;
using TextClean.Normalizers.Hyphens;
using TextClean.Tests.Support;
using TextClean.Text;
using Xunit.Abstractions;

namespace TextClean.Tests.Normalizers.Hyphens;

public sealed class LineBreakHyphenationTests
{
    private readonly ITestOutputHelper _output;

    public LineBreakHyphenationTests(ITestOutputHelper output) => _output = output;

    /// <summary>Repairs, checks the edits reproduce the output, idempotence and the same-instance contract.</summary>
    private static string Repair(string input)
    {
        var edits = new List<TextEdit>();
        string output = LineBreakHyphenation.Repair(input, edits);
        Assert.Equal(output, TextEdit.Apply(input, edits));
        Assert.All(edits, edit => Assert.Equal(LineBreakHyphenation.Reason, edit.Reason));
        Assert.All(edits, edit => Assert.Equal("", edit.Replacement));
        Assert.Equal(!ReferenceEquals(output, input), edits.Count > 0);
        Assert.Equal(output, LineBreakHyphenation.Repair(input));
        Assert.Same(output, LineBreakHyphenation.Repair(output));
        return output;
    }

    [Theory]
    [InlineData("infor-\nmation", "information")]
    [InlineData("the infor-\nmation age", "the information age")]
    [InlineData("a-\nbout", "about")]
    [InlineData("co-\noperate", "cooperate")]
    [InlineData("pre-\nprocessing", "preprocessing")]
    [InlineData("some-\nthing", "something")]
    [InlineData("any-\nway", "anyway")]
    [InlineData("a-\nble", "able")]
    [InlineData("there-\nafter", "thereafter")]
    [InlineData("zorg-\nblat", "zorgblat")]
    [InlineData("INFOR-\nMATICS", "INFORMATICS")]
    [InlineData("A-\nbout time", "About time")]
    public void JoinsSplitWords(string input, string expected) => Assert.Equal(expected, Repair(input));

    [Theory]
    [InlineData("well-\nknown", "well-known")]
    [InlineData("a state-of-the-\nart tool", "a state-of-the-art tool")]
    [InlineData("long-\nterm", "long-term")]
    [InlineData("a one-\ntime offer", "a one-time offer")]
    [InlineData("air-\ndeployable", "air-deployable")]
    [InlineData("the X-VM-\nheaders", "the X-VM-headers")]
    [InlineData("an X-\nray", "an X-ray")]
    public void KeepsTheHyphenOfCompounds(string input, string expected) => Assert.Equal(expected, Repair(input));

    [Theory]
    [InlineData("INFOR-\nMATION", "INFORMATION")]
    [InlineData("Infor-\nmation", "Information")]
    [InlineData("WELL-\nKNOWN", "WELL-KNOWN")]
    public void KeepsCase(string input, string expected) => Assert.Equal(expected, Repair(input));

    [Theory]
    [InlineData("infor-\r\nmation", "information")]
    [InlineData("infor-\rmation", "information")]
    [InlineData("infor-\n    mation", "information")]
    [InlineData("infor-  \n\tmation", "information")]
    [InlineData("well-\r\n  known", "well-known")]
    public void HandlesLineEndsAndIndentation(string input, string expected) => Assert.Equal(expected, Repair(input));

    [Theory]
    [InlineData("infor\u00AD\nmation", "information")]
    [InlineData("well\u00AD\nknown", "wellknown")]
    [InlineData("infor\u00AD\r\n  mation", "information")]
    [InlineData("infor\u00ADmation", "infor\u00ADmation")]
    public void SoftHyphenBeforeABreakAlwaysJoins(string input, string expected) => Assert.Equal(expected, Repair(input));

    [Theory]
    [InlineData("1990-\n2000")]
    [InlineData("call 555-\n1234")]
    [InlineData("pages 12-\n14")]
    [InlineData("temperature -\n5")]
    [InlineData("x\n-5")]
    [InlineData("- item\n- item")]
    [InlineData("list:\n- one\n- two\n")]
    [InlineData("end of part-\n\nNew paragraph")]
    [InlineData("end of part-\n  \r\nNew paragraph")]
    [InlineData("dash at the end-")]
    [InlineData("dash at the end-\n")]
    [InlineData("word -\nnext")]
    [InlineData("rule\n--\nsig")]
    [InlineData("mp3-\nplayer")]
    [InlineData("well-\nknown1")]
    [InlineData("well-known")]
    [InlineData("e-mail and x-ray")]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("-\n")]
    [InlineData("a-\n")]
    [InlineData("\n-\na")]
    [InlineData("infor-\n> mation")]
    [InlineData("-smiles at chris-\nP.S. #2")]
    [InlineData("Jean-\nPierre")]
    public void LeavesOtherDashesAlone(string input) => Assert.Same(input, Repair(input));

    [Fact]
    public void LeavesChainsOfOneFragmentLinesAlone()
    {
        Assert.Same("infor-\nma-\ntion", Repair("infor-\nma-\ntion"));
        Assert.Same("a-\nb-\nc", Repair("a-\nb-\nc"));
        Assert.Equal("information\nis something", Repair("infor-\nmation\nis some-\nthing"));
    }

    [Fact]
    public void ReportsEditsAgainstTheInput()
    {
        var edits = new List<TextEdit>();
        string output = LineBreakHyphenation.Repair("the infor-\n  mation is well-\r\nknown", edits);
        Assert.Equal("the information is well-known", output);
        Assert.Equal(
            [new TextEdit(9, 4, "", LineBreakHyphenation.Reason), new TextEdit(28, 2, "", LineBreakHyphenation.Reason)],
            edits);
    }

    [Fact]
    public void ReturnsTheSameInstanceWhenNothingChanges()
    {
        string text = "No hyphens broken across lines here - only a dash, e-mail and 1990-2000.\nSecond line.";
        var edits = new List<TextEdit>();
        Assert.Same(text, LineBreakHyphenation.Repair(text, edits));
        Assert.Empty(edits);
    }

    [Fact]
    public void UnchangedTextAllocatesNothing()
    {
        string text = string.Concat(Enumerable.Repeat("An e-mail from 1990-2000, a dash - and a line-\n- item\n", 200));
        _ = LineBreakHyphenation.Repair("infor-\nmation"); // loads the lexicon
        Assert.Equal(0, Allocation.QuietestRound(() => LineBreakHyphenation.Repair(text)));
    }

    /// <summary>Pieces that make hyphens, breaks, fragments and digits meet in every order.</summary>
    private static readonly string[] Pieces =
        ["infor", "mation", "a", "bout", "well", "known", "X", "VM", "Pierre", "1990", "-", "-", "\u00AD", "\n", "\r\n", "\r", " ", "\t", "> "];

    private static Arbitrary<string> Soup() => Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts)).ToArbitrary();

    [FsCheck.Xunit.Property(MaxTest = 2000)]
    public Property Is_idempotent_and_its_edits_apply_on_hyphen_soup() =>
        Prop.ForAll(Soup(), text => { Repair(text); });

    [FsCheck.Xunit.Property(MaxTest = 500)]
    public Property Never_throws_on_random_strings() =>
        Prop.ForAll(ArbMap.Default.ArbFor<NonNull<string>>(), text => { Repair(text.Get); });

    [Fact]
    public void NullThrows() => Assert.Throws<ArgumentNullException>(() => LineBreakHyphenation.Repair(null!));

    [Fact]
    public void SpamAssassinBodies()
    {
        int joins = 0;
        int kept = 0;
        int changedBodies = 0;
        var samples = new List<string>();
        _ = LineBreakHyphenation.Repair("infor-\nmation"); // loads the lexicon outside the timing
        long chars = SpamAssassin.Bodies.Sum(body => (long)body.Length);
        for (int round = 1; round <= 3; round++)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            foreach (string body in SpamAssassin.Bodies)
            {
                _ = LineBreakHyphenation.Repair(body);
            }

            _output.WriteLine($"round {round}: {chars:N0} characters repaired in {clock.ElapsedMilliseconds} ms");
        }

        foreach (string body in SpamAssassin.Bodies)
        {
            var edits = new List<TextEdit>();
            string output = LineBreakHyphenation.Repair(body, edits);
            Assert.Equal(output, TextEdit.Apply(body, edits));
            Assert.Same(output, LineBreakHyphenation.Repair(output));
            if (edits.Count > 0)
            {
                changedBodies++;
            }

            foreach (var edit in edits)
            {
                bool join = body[edit.Start] is '-' or '\u00AD';
                if (join)
                {
                    joins++;
                }
                else
                {
                    kept++;
                }

                if (samples.Count < 40)
                {
                    int from = Math.Max(0, edit.Start - 20);
                    int to = Math.Min(body.Length, edit.End + 20);
                    samples.Add($"{(join ? "join" : "keep")}: {body[from..to].ReplaceLineEndings("⏎")}");
                }
            }
        }

        _output.WriteLine($"{SpamAssassin.Bodies.Count} bodies, {changedBodies} changed: {joins} line-break joins, {kept} hyphens kept with the break removed");
        samples.ForEach(_output.WriteLine);
    }
}
