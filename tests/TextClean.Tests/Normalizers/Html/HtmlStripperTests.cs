using System.Text;
using TextClean.Normalizers.Html;
using TextClean.Tests.Support;
using TextClean.Text;
using Xunit.Abstractions;

namespace TextClean.Tests.Normalizers.Html;

public sealed class HtmlStripperTests(ITestOutputHelper output)
{
    private static (string Text, List<TextEdit> Edits) StripWithEdits(string input, HtmlOptions? options = null)
    {
        var edits = new List<TextEdit>();
        string text = HtmlStripper.Strip(input, options, edits);
        Assert.Equal(text, TextEdit.Apply(input, edits));
        return (text, edits);
    }

    // ---- tags -------------------------------------------------------------------------------------------------

    [Theory]
    // Real corpus snippets (SpamAssassin bodies).
    [InlineData("<FONT face=\"arial, helvetica\" size=-1>\nI never thought I&#146;d say it</FONT>", "\nI never thought I\u2019d say it")]
    [InlineData("<DIV><FONT size=3D2>I'm using Simple DNS</FONT></DIV>", "I'm using Simple DNS")]
    [InlineData("<a href=\"http://us.click.yahoo.com/pt6YBB/NXiEAA\">Join Now</a>", "Join Now")]
    [InlineData("<a title=\"a>b\" href='x>y'>link</a>", "link")]
    [InlineData("<o:p></o:p>Office<st1:place w:st=\"on\">Boston</st1:place>", "OfficeBoston")]
    [InlineData("<img src=\"x.gif\" width=1 height=1/>text<br/>more", "text\nmore")]
    [InlineData("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\">Hi", "Hi")]
    [InlineData("<?xml version=\"1.0\"?>Hi", "Hi")]
    [InlineData("<![CDATA[x]]>Hi", "Hi")]
    [InlineData("spam V<xyz>ia<q class=x>gra", "spam Viagra")]
    public void StripsTagsAndKeepsText(string input, string expected)
    {
        var (text, edits) = StripWithEdits(input);
        Assert.Equal(expected, text);
        Assert.All(edits, e => Assert.Contains(e.Reason, new[] { "tag", "block", "entity" }));
    }

    [Theory]
    [InlineData("a < b and c > d")]
    [InlineData("x<3")]
    [InlineData("<3 you")]
    [InlineData("1 <2 and 3> 2")]
    [InlineData("John Doe <john.doe@example.com>")]
    [InlineData("see <http://www.example.com/page?a=1> for details")]
    [InlineData("<www.example.com>")]
    [InlineData("a <= b, c >= d, a<>b, << >>")]
    [InlineData("</> and <!")]
    [InlineData("text ending in <b")]
    [InlineData("see <a href=\"http://example.com/")]
    [InlineData("<!-- unterminated comment")]
    [InlineData("Real Programmers read from <STDIN> <wink> <snip> <To iterate is human, to recurse divine>")]
    [InlineData("Robert Hettinga <mailto: rah@ibuc.com>")]
    [InlineData("AT&T, R&D, Q&A, S&P 500, +s&p Join Now")]
    [InlineData("http://example.com/?a=1&copy=2&lang=en&reg")]
    [InlineData("&copy2 &notanentity; &; & &# &#x; &#xg;")]
    public void LeavesNonMarkupAlone(string input)
    {
        var (text, edits) = StripWithEdits(input);
        Assert.Equal(input, text);
        Assert.Empty(edits);
    }

    [Fact]
    public void UnknownTagsAreRemovedOnlyFromHtml()
    {
        Assert.Equal("I <wink> agree", HtmlStripper.Strip("I <wink> agree"));
        Assert.Equal("I  agree", HtmlStripper.Strip("<b>I</b> <wink> agree"));
        Assert.Equal("I  agree", HtmlStripper.Strip("<!-- x -->I <wink> agree"));
    }

    [Theory]
    [InlineData("end.</p><p>Start", "end.\nStart")]
    [InlineData("Pass it on!</P><P>\nMedia Unspun", "Pass it on!\nMedia Unspun")]
    [InlineData("end.</p>\n<p>Start", "end.\nStart")]
    [InlineData("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\nc")]
    [InlineData("one<br>two<BR/>three<li>four<h1>five</h1>six<blockquote>seven", "one\ntwo\nthree\nfour\nfive\nsix\nseven")]
    [InlineData("<div>word</div><div>word</div>", "word\nword")]
    [InlineData("<span>in</span><b>line</b>", "inline")]
    public void BlockTagsSeparateWords(string input, string expected)
    {
        Assert.Equal(expected, StripWithEdits(input).Text);
    }

    [Fact]
    public void BlockTagsCanBeTreatedLikeOtherTags()
    {
        Assert.Equal("end.Start", HtmlStripper.Strip("end.</p><p>Start", new HtmlOptions { BlockTagsBreakWords = false }));
    }

    [Fact]
    public void ScriptAndStyleContentIsRemoved()
    {
        const string Input = "<HEAD>\n<STYLE></STYLE>\n<style type=\"text/css\">\n<!--\nP { color: red; } a > b {}\n-->\n</style>\n</HEAD>"
            + "<script language=\"JavaScript\">if (a < b && c > d) { w = \"</div>\"; }</SCRIPT >Hello";
        var (text, edits) = StripWithEdits(Input);
        Assert.Equal("\n\n\nHello", text);
        Assert.Contains(edits, e => e.Reason == "style" && Input.Substring(e.Start, e.Length).Contains("color", StringComparison.Ordinal));
        Assert.Contains(edits, e => e.Reason == "script" && e.Replacement.Length == 0);
    }

    [Fact]
    public void UnterminatedScriptKeepsItsContent()
    {
        Assert.Equal("var x = 1;", HtmlStripper.Strip("<script>var x = 1;"));
        Assert.Equal("Text", HtmlStripper.Strip("<script src=\"a.js\"/>Text"));
    }

    [Fact]
    public void ScriptContentIsKeptWhenDisabled()
    {
        var options = new HtmlOptions { RemoveScriptAndStyle = false };
        Assert.Equal("p {}Hi", HtmlStripper.Strip("<style>p {}</style>Hi", options));
    }

    [Theory]
    [InlineData("<!-- _IMN:H_ --> <title>Media Unspun</title>", " Media Unspun")]
    [InlineData("a<!-- x -- y -->b", "ab")]
    [InlineData("a<!-->b<!--->c", "abc")]
    [InlineData("<!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]-->Body", "Body")]
    public void CommentsAreRemoved(string input, string expected)
    {
        var (text, edits) = StripWithEdits(input);
        Assert.Equal(expected, text);
        Assert.Contains(edits, e => e.Reason == "comment");
    }

    [Fact]
    public void OptionsCanKeepTagsCommentsAndEntities()
    {
        const string Input = "<!-- c --><b>x &amp; y</b>";
        Assert.Equal("<!-- c -->x & y", HtmlStripper.Strip(Input, new HtmlOptions { RemoveComments = false }));
        Assert.Equal("<b>x & y</b>", HtmlStripper.Strip(Input, new HtmlOptions { StripTags = false }));
        Assert.Equal("x &amp; y", HtmlStripper.Strip(Input, new HtmlOptions { DecodeEntities = false }));
        var none = new HtmlOptions { StripTags = false, RemoveComments = false, RemoveScriptAndStyle = false, DecodeEntities = false };
        Assert.Same(Input, HtmlStripper.Strip(Input, none));
    }

    // ---- entities ---------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("Tom &amp; Jerry", "Tom & Jerry")]
    [InlineData("it&#8217;s &#x2019; &#X2019;", "it\u2019s \u2019 \u2019")]
    [InlineData("I&#146;m &#147;quoted&#148; &#150; &#128;5", "I\u2019m \u201Cquoted\u201D \u2013 \u20AC5")]
    [InlineData("a &mdash; b&hellip; &nbsp;c", "a \u2014 b\u2026 \u00A0c")]
    [InlineData("&NotEqualTilde; &acE; &Afr;", "\u2242\u0338 \u223E\u0333 \U0001D504")]
    [InlineData("&#0; &#xD800; &#xDFFF; &#x110000; &#99999999999999;", "\uFFFD \uFFFD \uFFFD \uFFFD \uFFFD")]
    [InlineData("&#x1F600; &#128512;", "\U0001F600 \U0001F600")]
    [InlineData("&#129;", "\u0081")]
    [InlineData("&#39s &#x41", "'s A")]
    [InlineData("&amp &copy 2002 &lt &gt. &AMP &COPY", "& \u00A9 2002 < >. & \u00A9")]
    [InlineData("&quot;Hi&quot;", "\"Hi\"")]
    public void DecodesCharacterReferences(string input, string expected)
    {
        var (text, edits) = StripWithEdits(input);
        Assert.Equal(expected, text);
        Assert.All(edits, e => Assert.Equal("entity", e.Reason));
    }

    [Theory]
    [InlineData("&amp;lt;b&amp;gt;bold&amp;lt;/b&amp;gt;", "bold")]
    [InlineData("&amp;amp;amp;amp;quot;", "\"")]
    [InlineData("AT&amp;amp;T", "AT&T")]
    [InlineData("&lt;p&gt;a&lt;/p&gt;&lt;p&gt;b", "a\nb")]
    [InlineData("&amp;copy 2002", "\u00A9 2002")]
    [InlineData("&<b>lt;</b>3", "<3")]
    public void DecodesRepeatedlyAndStripsDecodedTags(string input, string expected)
    {
        var (text, _) = StripWithEdits(input);
        Assert.Equal(expected, text);
        Assert.Equal(text, HtmlStripper.Strip(text));
    }

    [Fact]
    public void DecodedRunFromSeveralPassesIsOneEdit()
    {
        var (text, edits) = StripWithEdits("x &amp;lt;b&amp;gt; y");
        Assert.Equal("x  y", text);
        var edit = Assert.Single(edits);
        Assert.Equal(new TextEdit(2, 17, "", "tag"), edit);
    }

    [Fact]
    public void EntityTableIsComplete()
    {
        Assert.Equal(2125, HtmlEntities.Count);
        Assert.Equal(HtmlEntities.Count, HtmlEntities.AllNames.Count);
        Assert.Equal(HtmlEntities.AllNames.Order(StringComparer.Ordinal), HtmlEntities.AllNames);
        Assert.Equal("\u2014", HtmlEntities.Find("mdash"));
        Assert.Equal("\u2026", HtmlEntities.Find("hellip"));
        Assert.Equal("\u00A0", HtmlEntities.Find("nbsp"));
        Assert.Equal("\u2242\u0338", HtmlEntities.Find("NotEqualTilde"));
        Assert.Equal("\u2233", HtmlEntities.Find("CounterClockwiseContourIntegral"));
        Assert.Null(HtmlEntities.Find("Mdash"));
        Assert.True(HtmlEntities.IsLegacy("amp"));
        Assert.True(HtmlEntities.IsLegacy("yuml"));
        Assert.False(HtmlEntities.IsLegacy("mdash"));
        foreach (string name in HtmlEntities.AllNames)
        {
            string value = HtmlEntities.Find(name)!;
            Assert.Equal(value, HtmlStripper.Strip("&" + name + ";", new HtmlOptions { StripTags = false }));
        }
    }

    // ---- robustness, idempotence, corpus ----------------------------------------------------------------------

    [Theory]
    [InlineData("\uD800<b>\uDC00</b>&#xD83D;\0")]
    [InlineData("<")]
    [InlineData("&")]
    [InlineData("<a href=\"")]
    [InlineData("<a href='x' title=\"y>")]
    [InlineData("<script>")]
    [InlineData("<style></scrip")]
    [InlineData("&#")]
    [InlineData("&#x")]
    [InlineData("&CounterClockwiseContourIntegralX;")]
    public void NeverThrows(string input)
    {
        var (text, _) = StripWithEdits(input);
        Assert.Equal(text, HtmlStripper.Strip(text));
    }

    [Theory]
    [InlineData("<a x=\"")]
    [InlineData("<a x='>")]
    [InlineData("<!--")]
    [InlineData("<!")]
    [InlineData("<script>")]
    [InlineData("<style><a>")]
    [InlineData("&amp;")]
    [InlineData("&#1")]
    [InlineData("<p x=\"'>\"")]
    public void PathologicalInputTakesFewPasses(string unit)
    {
        // Each pass is one forward scan, so a bounded number of passes means linear time (no timing in unit tests).
        var builder = new StringBuilder();
        while (builder.Length < 200_000)
        {
            builder.Append(unit);
        }

        string input = builder.ToString();
        var (text, _) = StripWithEdits(input);
        Assert.Equal(text, HtmlStripper.Strip(text));
        Assert.True(HtmlStripper.CountPasses(input) <= 3, $"{HtmlStripper.CountPasses(input)} passes for {unit}");
    }

    [Fact]
    public void DeepEscapingTakesFewPasses()
    {
        string input = "&amp;" + string.Concat(Enumerable.Repeat("amp;", 50_000)) + "lt;";
        Assert.True(HtmlStripper.CountPasses(input) <= 2);
        Assert.Equal("<", HtmlStripper.Strip(input));
    }

    [Fact]
    public void MarkupUncoveredPassAfterPassIsStillRemoved()
    {
        // Each level is a tag that only appears once the level inside it is gone: one more pass per level (documented).
        string input = "<b>";
        for (int level = 0; level < 300; level++)
        {
            input = "&" + input + "lt;b>";
        }

        var (text, edits) = StripWithEdits("x" + input + "y");
        Assert.Equal("xy", text);
        Assert.Single(edits);
        output.WriteLine($"{input.Length} chars, {HtmlStripper.CountPasses(input)} passes");
    }

    [Fact]
    public void CorpusEditsReproduceOutputAndStripIsIdempotent()
    {
        int htmlBodies = 0;
        long htmlChars = 0;
        long removed = 0;
        int maxPasses = 0;
        int htmlDocuments = 0;
        long documentChars = 0;
        long documentRemoved = 0;
        foreach (string body in SpamAssassin.Bodies)
        {
            var (text, edits) = StripWithEdits(body);
            Assert.Equal(text, HtmlStripper.Strip(text));
            foreach (var edit in edits.Where(e => e.Reason == "block" && e.Start > 0 && e.End < body.Length))
            {
                if (char.IsLetterOrDigit(body[edit.Start - 1]) && char.IsLetterOrDigit(body[edit.End]))
                {
                    Assert.False(edit.Replacement.Length == 0, $"glued at {edit.Start}: {body.Substring(edit.Start, edit.Length)}");
                }
            }

            if (body.Contains("<html", StringComparison.OrdinalIgnoreCase) || body.Contains("<body", StringComparison.OrdinalIgnoreCase))
            {
                htmlDocuments++;
                documentChars += body.Length;
                documentRemoved += body.Length - text.Length;
            }

            if (edits.Any(e => e.Reason is "tag" or "block" or "script" or "style" or "comment"))
            {
                htmlBodies++;
                htmlChars += body.Length;
                removed += body.Length - text.Length;
                maxPasses = Math.Max(maxPasses, HtmlStripper.CountPasses(body));
            }
        }

        output.WriteLine($"bodies {SpamAssassin.Bodies.Count}, with markup {htmlBodies}, chars {htmlChars}, removed {removed} ({100.0 * removed / htmlChars:F1}%), max passes {maxPasses}");
        output.WriteLine($"bodies with <html or <body: {htmlDocuments}, chars {documentChars}, removed {documentRemoved} ({100.0 * documentRemoved / documentChars:F1}%)");
        Assert.True(htmlBodies > 500);
    }

    [FsCheck.Xunit.Property(MaxTest = 500)]
    public bool RandomStringsAreStableAndEditsReproduceOutput(string? input)
    {
        input ??= "";
        var (text, _) = StripWithEdits(input);
        return text == HtmlStripper.Strip(text);
    }

    private static readonly string[] Pieces =
    [
        "<", ">", "&", ";", "#", "x", "1", "2", "9", "F", "amp", "lt", "gt", "copy", "nbsp", "quot", "b", "p", "td", "br", "/",
        "\"", "'", "=", " ", "\n", "!", "--", "-", "?", "script", "style", "a", "T", "\uD800", "\0", "<!--", "-->", "&amp;",
        "&lt;", "&gt;", "&#", "</", "x=\"", "<p>", "</script>", "</style>", "CDATA[",
    ];

    [FsCheck.Xunit.Property(MaxTest = 2000)]
    public bool RandomMarkupIsStableAndEditsReproduceOutput(byte[]? pieces)
    {
        var builder = new StringBuilder();
        foreach (byte piece in pieces ?? [])
        {
            builder.Append(Pieces[piece % Pieces.Length]);
        }

        string input = builder.ToString();
        var edits = new List<TextEdit>();
        string text = HtmlStripper.Strip(input, null, edits);
        return text == TextEdit.Apply(input, edits) && text == HtmlStripper.Strip(text)
            && HtmlStripper.Strip(input, new HtmlOptions { BlockTagsBreakWords = false, RemoveComments = false }) is { } other
            && other == HtmlStripper.Strip(other, new HtmlOptions { BlockTagsBreakWords = false, RemoveComments = false });
    }
}
