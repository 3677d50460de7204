using System.Net;
using System.Text.RegularExpressions;

namespace TextClean.Bench;

/// <summary>
/// The text-cleaning chain a course or a blog post would write: one <see cref="Regex.Replace(string, string)"/> per step over the
/// whole string, each step allocating a new string. It is the peer for <c>TextPipeline.FromPreset("ml").Clean</c> in the
/// pipeline benchmarks, so it does the same kind of work, in this order:
/// <list type="number">
/// <item>HTML tags <c>&lt;[^&gt;]+&gt;</c> become a space (so words on either side of a tag stay apart);</item>
/// <item>entities are decoded with <see cref="WebUtility.HtmlDecode(string)"/>;</item>
/// <item>the text is lower-cased with <see cref="string.ToLowerInvariant"/> (before masking, so the placeholders stay upper case);</item>
/// <item>URLs <c>https?://\S+|www\.\S+</c> become <c>&lt;URL&gt;</c>;</item>
/// <item>e-mail addresses <c>[\w.+-]+@[\w-]+(\.[\w-]+)+</c> become <c>&lt;EMAIL&gt;</c> (before mentions, which would eat their domain);</item>
/// <item>@mentions <c>@\w+</c> become <c>&lt;USER&gt;</c>;</item>
/// <item>money (<c>$</c>, <c>€</c>, <c>£</c> followed by a number) becomes <c>&lt;MONEY&gt;</c>, a number followed by <c>%</c> becomes
/// <c>&lt;PERCENT&gt;</c>, and any other number (<c>\d+([.,]\d+)*</c>) becomes <c>&lt;NUM&gt;</c>;</item>
/// <item>runs of <c>!</c> or of <c>?</c> collapse to one;</item>
/// <item>whitespace runs <c>\s+</c> become one space, and the ends are trimmed.</item>
/// </list>
/// </summary>
/// <remarks>
/// Every pattern is a source-generated <see cref="Regex"/> (<see cref="GeneratedRegexAttribute"/>, culture-invariant), which is at
/// least as fast as a <see cref="RegexOptions.Compiled"/> static instance, so the chain is the strongest form of the textbook
/// code, not a strawman. Stateless and thread-safe.
/// </remarks>
public static partial class RegexCleaningChain
{
    /// <summary>The placeholder for URLs.</summary>
    public const string UrlPlaceholder = "<URL>";

    /// <summary>The placeholder for e-mail addresses.</summary>
    public const string EmailPlaceholder = "<EMAIL>";

    /// <summary>The placeholder for @mentions.</summary>
    public const string UserPlaceholder = "<USER>";

    /// <summary>The placeholder for amounts of money.</summary>
    public const string MoneyPlaceholder = "<MONEY>";

    /// <summary>The placeholder for percentages.</summary>
    public const string PercentPlaceholder = "<PERCENT>";

    /// <summary>The placeholder for other numbers.</summary>
    public const string NumberPlaceholder = "<NUM>";

    /// <summary>Cleans <paramref name="text"/> with the chain described on the class.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string s = HtmlTag().Replace(text, " ");
        s = WebUtility.HtmlDecode(s);
        s = s.ToLowerInvariant();
        s = Url().Replace(s, UrlPlaceholder);
        s = Email().Replace(s, EmailPlaceholder);
        s = Mention().Replace(s, UserPlaceholder);
        s = Money().Replace(s, MoneyPlaceholder);
        s = Percent().Replace(s, PercentPlaceholder);
        s = Number().Replace(s, NumberPlaceholder);
        s = RepeatedMark().Replace(s, "$1");
        s = Whitespace().Replace(s, " ");
        return s.Trim();
    }

    [GeneratedRegex(@"<[^>]+>", RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"https?://\S+|www\.\S+", RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"@\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Mention();

    [GeneratedRegex(@"[$€£]\s?\d+(?:[.,]\d+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Money();

    [GeneratedRegex(@"\d+(?:[.,]\d+)*\s?%", RegexOptions.CultureInvariant)]
    private static partial Regex Percent();

    [GeneratedRegex(@"\d+(?:[.,]\d+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"([!?])\1+", RegexOptions.CultureInvariant)]
    private static partial Regex RepeatedMark();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
