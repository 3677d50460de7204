using TextClean.Normalizers.Names;
using TextClean.Tokenization;

namespace TextClean.Tests.Normalizers.Names;

/// <summary>Turns <see cref="NameRecognizer"/> token flags into character spans, the unit corpora/names/labelled.tsv is labelled in.</summary>
internal static class NameSpans
{
    /// <summary>
    /// The predicted name spans of <paramref name="text"/>: maximal runs of marked tokens whose gaps are empty or spaces
    /// only, end exclusive; a possessive 's at the end is left out, as in the labels and baseline.py.
    /// </summary>
    public static List<(int Start, int End)> Predict(string text)
    {
        var tokens = new List<Token>();
        foreach (var token in Tokenizer.Default.Tokenize(text))
        {
            tokens.Add(token);
        }

        var names = new bool[tokens.Count];
        NameRecognizer.Default.Mark(text, tokens.ToArray(), names);
        var spans = new List<(int, int)>();
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!names[i])
            {
                continue;
            }

            int j = i;
            while (j + 1 < tokens.Count && names[j + 1] && text.AsSpan(tokens[j].End, tokens[j + 1].Start - tokens[j].End).Trim(' ').IsEmpty)
            {
                j++;
            }

            int end = tokens[j].End;
            if (end - tokens[j].Start > 2 && text[end - 2] is '\'' or '\u2019' && text[end - 1] is 's' or 'S')
            {
                end -= 2;
            }

            spans.Add((tokens[i].Start, end));
            i = j;
        }

        return spans;
    }

    /// <summary>The surface strings of <paramref name="spans"/>, for messages.</summary>
    public static string Show(string text, IEnumerable<(int Start, int End)> spans) =>
        "[" + string.Join(", ", spans.OrderBy(s => s.Start).Select(s => "'" + text[s.Start..s.End] + "'")) + "]";
}
