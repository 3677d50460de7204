using TextClean.Tests.Support;
using TextClean.Tokenization;

namespace TextClean.Tests.Tokenization;

/// <summary>Every block of the tokenizer case files, one theory row each.</summary>
public sealed class TokenizerCaseTests
{
    private const string CaseFile = "tests/TextClean.Tests/Tokenization/tokenizer.cases";

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in TokenizerCaseFile.Read(TestData.PathOf(CaseFile)))
        {
            data.Add($"{c.Line}");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tokenizes_as_the_case_file_says(string line)
    {
        var c = TokenizerCaseFile.Read(TestData.PathOf(CaseFile)).Single(x => x.Line.ToString(System.Globalization.CultureInfo.InvariantCulture) == line);
        var tokenizer = new Tokenizer(c.Options);
        var actual = tokenizer.TokenizeToList(c.Input)
            .Select(t => Format(t.Kind, t.GetString(c.Input), t.Flags))
            .ToList();
        var expected = c.Expected.Select(e => Format(e.Kind, e.Text, e.Flags)).ToList();
        Assert.True(
            expected.SequenceEqual(actual),
            $"{CaseFile}:{c.Line} input: {c.Input}\nexpected:\n  {string.Join("\n  ", expected)}\nactual:\n  {string.Join("\n  ", actual)}");
    }

    private static string Format(TokenKind kind, string text, TokenFlags flags) =>
        flags == TokenFlags.None ? $"{kind} «{text}»" : $"{kind} «{text}» {flags}";
}
