#:project ../../src/TextClean/TextClean.csproj
#:property PublishAot=false
// Builds the built-in language model from the prepared training text, then evaluates it on the committed snippets.
//   corpora/langid/prepare.sh                      # downloads and splits the sources into /tmp/langid-data/{train,test}
//   dotnet run corpora/langid/train.cs -- [DATA_DIR] [NGRAMS_PER_LANGUAGE]
// Writes corpora/langid/langid.bin.gz (embedded in the core library) and prints the accuracy table of eval/snippets.tsv.
using System.Diagnostics;
using System.Globalization;
using TextClean.Languages;

// Run from the repository root.
string here = Path.GetFullPath("corpora/langid");

string data = args.Length > 0 ? args[0] : "/tmp/langid-data";
int keep = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 6000;
int maxChars = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3_000_000; // per language: every language weighs the same
var clock = Stopwatch.StartNew();
var builder = new LanguageModelBuilder(keep);
foreach (var file in Directory.GetFiles(Path.Combine(data, "train"), "*.txt").Order(StringComparer.Ordinal))
{
    string code = Path.GetFileNameWithoutExtension(file);
    if (LanguageInfo.Find(code) is null)
    {
        Console.Error.WriteLine($"skipping {code}: not one of the model's languages");
        continue;
    }

    long chars = 0;
    foreach (var line in File.ReadLines(file))
    {
        builder.Add(code, line);
        chars += line.Length;

        // Serbian is written in Cyrillic and in Latin, and the sources are Cyrillic: each document also goes, transliterated
        // (the two alphabets map one to one), into a Latin-script model "srp-Latn", which answers "srp". Latin-script Serbian
        // is then told from Croatian by its own n-grams, and the Cyrillic model keeps its own statistics.
        if (code == "srp")
        {
            builder.Add("srp-Latn", SerbianLatin(line));
        }
        if (chars > maxChars)
        {
            break;
        }
    }

    Console.Error.WriteLine($"{code}: {chars:N0} characters");
}

var model = builder.Build();
string output = Path.Combine(here, "langid.bin.gz");
using (var stream = File.Create(output))
{
    model.Write(stream);
}

Console.WriteLine($"model: {model.Languages.Count} languages, {model.NgramCount:N0} n-grams, {new FileInfo(output).Length:N0} bytes, built in {clock.Elapsed.TotalSeconds:F0} s");

static string SerbianLatin(string cyrillic)
{
    var latin = new System.Text.StringBuilder(cyrillic.Length + 8);
    foreach (char c in cyrillic)
    {
        string? mapped = c switch
        {
            'а' => "a", 'б' => "b", 'в' => "v", 'г' => "g", 'д' => "d", 'ђ' => "đ", 'е' => "e", 'ж' => "ž", 'з' => "z", 'и' => "i",
            'ј' => "j", 'к' => "k", 'л' => "l", 'љ' => "lj", 'м' => "m", 'н' => "n", 'њ' => "nj", 'о' => "o", 'п' => "p", 'р' => "r",
            'с' => "s", 'т' => "t", 'ћ' => "ć", 'у' => "u", 'ф' => "f", 'х' => "h", 'ц' => "c", 'ч' => "č", 'џ' => "dž", 'ш' => "š",
            'А' => "A", 'Б' => "B", 'В' => "V", 'Г' => "G", 'Д' => "D", 'Ђ' => "Đ", 'Е' => "E", 'Ж' => "Ž", 'З' => "Z", 'И' => "I",
            'Ј' => "J", 'К' => "K", 'Л' => "L", 'Љ' => "Lj", 'М' => "M", 'Н' => "N", 'Њ' => "Nj", 'О' => "O", 'П' => "P", 'Р' => "R",
            'С' => "S", 'Т' => "T", 'Ћ' => "Ć", 'У' => "U", 'Ф' => "F", 'Х' => "H", 'Ц' => "C", 'Ч' => "Č", 'Џ' => "Dž", 'Ш' => "Š",
            _ => null,
        };
        if (mapped is null)
        {
            latin.Append(c);
        }
        else
        {
            latin.Append(mapped);
        }
    }

    return latin.ToString();
}
