using TextClean.Unicode;

namespace TextClean.Tests.Unicode;

public class LatinAccentsTests
{
    [Theory]
    [InlineData("café", "cafe")]
    [InlineData("Łódź", "Lodz")]
    [InlineData("Ærøskøbing", "AEroskobing")]
    [InlineData("Straße", "Strasse")]
    [InlineData("ẞ", "SS")]
    [InlineData("þorn", "thorn")]
    [InlineData("Đorđe", "Dorde")]
    [InlineData("İstanbul ı", "Istanbul i")]
    [InlineData("Nguyễn Tấn Dũng", "Nguyen Tan Dung")]
    [InlineData("Ǆemal", "DZemal")]
    [InlineData("e\u0301te\u0301", "ete")]
    public void Strips_latin_accents(string input, string expected)
    {
        Assert.True(LatinAccents.HasAccents(input));
        Assert.Equal(expected, LatinAccents.Strip(input));
    }

    [Theory]
    [InlineData("plain ASCII text")]
    [InlineData("Ελλάδα")]
    [InlineData("α\u0301")]
    [InlineData("हिन्दी")]
    [InlineData("Москва")]
    [InlineData("東京 😀")]
    [InlineData("× ÷ © ° µ")]
    public void Never_touches_other_scripts_or_symbols(string input)
    {
        Assert.False(LatinAccents.HasAccents(input));
        Assert.Same(input, LatinAccents.Strip(input));
    }

    [Fact]
    public void Keeps_marks_after_a_letter_of_another_script_inside_a_latin_word() =>
        Assert.Equal("cafe-α\u0301", LatinAccents.Strip("café-α\u0301"));

    [Fact]
    public void Every_precomposed_latin_letter_of_latin_1_and_extended_a_becomes_ascii()
    {
        for (char c = '\u00C0'; c <= '\u017F'; c++)
        {
            // ĸ (kra), ŉ ('n) and Ŋ ŋ (eng) are letters of their own, not accented ASCII letters.
            if (c is '\u00D7' or '\u00F7' or '\u0138' or '\u0149' or '\u014A' or '\u014B' || !char.IsLetter(c))
            {
                continue;
            }

            string stripped = LatinAccents.Strip(c.ToString());
            Assert.True(stripped.All(char.IsAsciiLetter), $"U+{(int)c:X4} {c} -> {stripped}");
        }
    }
}
