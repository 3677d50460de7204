#:project ../../src/TextClean/TextClean.csproj
#:property PublishAot=false
// Accuracy of the built-in language identifier on corpora/langid/eval/snippets.tsv (held-out text: see README.md), per
// language and snippet length, and the most frequent confusions.
//   dotnet run corpora/langid/evaluate.cs [-- SNIPPETS.tsv]
using System.Diagnostics;
using System.Globalization;
using TextClean.Languages;

string path = args.Length > 0 ? args[0] : "corpora/langid/eval/snippets.tsv";
var rows = File.ReadLines(path).Select(l => l.Split('\t')).Where(p => p.Length == 3 && p[1] != "length")
    .Select(p => (Lang: p[0], Length: int.Parse(p[1], CultureInfo.InvariantCulture), Text: p[2])).ToList();
var clock = Stopwatch.StartNew();
var identifier = LanguageIdentifier.Default;
Console.WriteLine($"model loaded in {clock.Elapsed.TotalMilliseconds:F0} ms; {rows.Count:N0} snippets");
var results = rows.Select(r => (r.Lang, r.Length, Got: identifier.Identify(r.Text).Language)).ToList();
int[] lengths = [.. results.Select(r => r.Length).Distinct().Order()];
Console.WriteLine($"| language | {string.Join(" | ", lengths.Select(l => $"~{l} chars"))} |");
Console.WriteLine($"| --- |{string.Concat(lengths.Select(_ => " ---: |"))}");
foreach (var lang in results.Select(r => r.Lang).Distinct().Order(StringComparer.Ordinal))
{
    var cells = lengths.Select(len =>
    {
        var these = results.Where(r => r.Lang == lang && r.Length == len).ToList();
        return these.Count == 0 ? "" : $"{100.0 * these.Count(r => r.Got == r.Lang) / these.Count:F1}";
    });
    Console.WriteLine($"| {lang} | {string.Join(" | ", cells)} |");
}

var means = lengths.Select(len =>
{
    var perLanguage = results.Where(r => r.Length == len).GroupBy(r => r.Lang).Select(g => g.Count(r => r.Got == r.Lang) / (double)g.Count());
    return $"{100 * perLanguage.Average():F2}";
});
Console.WriteLine($"| **mean over languages** | {string.Join(" | ", means)} |");
Console.WriteLine();
Console.WriteLine("Most frequent confusions (expected -> got: count):");
foreach (var group in results.Where(r => r.Got != r.Lang).GroupBy(r => $"{r.Lang} -> {r.Got}").OrderByDescending(g => g.Count()).Take(15))
{
    Console.WriteLine($"  {group.Key}: {group.Count()}");
}
