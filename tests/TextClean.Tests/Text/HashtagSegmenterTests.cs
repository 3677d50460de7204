using TextClean.Tests.Support;
using TextClean.Text;
using Xunit.Abstractions;

namespace TextClean.Tests.Text;

public sealed class HashtagSegmenterTests
{
    private readonly ITestOutputHelper _output;

    public HashtagSegmenterTests(ITestOutputHelper output) => _output = output;

    /// <summary>The split of <paramref name="body"/>, or the body itself when TrySplit has nothing to split.</summary>
    private static string Split(string body)
    {
        var destination = new char[body.Length * 2];
        return HashtagSegmenter.TrySplit(body, destination, out int written) ? new string(destination, 0, written) : body;
    }

    [Theory]
    [InlineData("MachineLearning", "Machine Learning")]
    [InlineData("iphone12pro", "iphone 12 pro")]
    [InlineData("NASAMission", "NASA Mission")]
    [InlineData("machinelearning", "machine learning")]
    [InlineData("throwbackthursday", "throwback thursday")]
    [InlineData("covid19", "covid 19")]
    [InlineData("100DaysOfCode", "100 Days Of Code")]
    [InlineData("machine_learning", "machine learning")]
    public void SplitsTheBriefsExamples(string body, string expected) => Assert.Equal(expected, Split(body));

    [Theory]
    [InlineData("photooftheday", "photo of the day")]
    [InlineData("happybirthday", "happy birthday")]
    [InlineData("goodmorning", "good morning")]
    [InlineData("mondaymotivation", "monday motivation")]
    [InlineData("datascience", "data science")]
    [InlineData("deeplearning", "deep learning")]
    [InlineData("opensource", "open source")]
    [InlineData("BlackLivesMatter", "Black Lives Matter")]
    [InlineData("blacklivesmatter", "black lives matter")]
    [InlineData("climatechange", "climate change")]
    [InlineData("gameofthrones", "game of thrones")]
    [InlineData("NewYorkCity", "New York City")]
    [InlineData("HappyNewYear2024", "Happy New Year 2024")]
    [InlineData("nofilter", "no filter")]
    [InlineData("iloveyou", "i love you")]
    [InlineData("thankyou", "thank you")]
    [InlineData("stay_home_stay_safe", "stay home stay safe")]
    [InlineData("__hello__world__", "hello world")]
    [InlineData("NBAFinals", "NBA Finals")]
    [InlineData("UFC300", "UFC 300")]
    [InlineData("COVID19", "COVID 19")]
    [InlineData("iPhone15Pro", "iPhone 15 Pro")]
    [InlineData("4thOfJuly", "4th Of July")]
    [InlineData("web3", "web 3")]
    [InlineData("2024election", "2024 election")]
    [InlineData("東京2020", "東京 2020")]
    [InlineData("TokyoOlympics", "Tokyo Olympics")]
    [InlineData("LOVEYOU", "LOVE YOU")]
    [InlineData("selfcare", "self care")]
    [InlineData("womenintech", "women in tech")]
    [InlineData("blackfriday", "black friday")]
    [InlineData("mentalhealthawareness", "mental health awareness")]
    public void SplitsRealHashtags(string body, string expected) => Assert.Equal(expected, Split(body));

    [Theory]
    [InlineData("love")]
    [InlineData("Love")]
    [InlineData("iphone")]
    [InlineData("iPhone")]
    [InlineData("iOS")]
    [InlineData("eBay")]
    [InlineData("blessed")]
    [InlineData("tbt")]
    [InlineData("TBT")]
    [InlineData("covid")]
    [InlineData("ai")]
    [InlineData("openai")]
    [InlineData("yolo")]
    [InlineData("kbye")]
    [InlineData("grammys")]
    [InlineData("lol")]
    [InlineData("together")]
    [InlineData("carpet")]
    [InlineData("NASA")]
    [InlineData("東京")]
    [InlineData("Überraschung")]
    [InlineData("photography")]
    [InlineData("2024")]
    [InlineData("x")]
    [InlineData("_love_")]
    [InlineData("")]
    [InlineData("___")]
    public void KeepsOneWordWhole(string body)
    {
        var destination = new char[(body.Length * 2) + 1];
        Assert.False(HashtagSegmenter.TrySplit(body, destination, out int written));
        Assert.Equal(0, written);
    }

    [Fact]
    public void KeepsOverlongRunsWhole()
    {
        string run = string.Concat(Enumerable.Repeat("love", 20));
        Assert.Equal(run + " 1", Split(run + "1"));
    }

    [Fact]
    public void ReportsADestinationThatIsTooSmall()
    {
        Assert.False(HashtagSegmenter.TrySplit("machine_learning", new char[10], out int written));
        Assert.Equal(0, written);
        Assert.True(HashtagSegmenter.TrySplit("machine_learning", new char[16], out written));
        Assert.Equal(16, written);
    }

    [Fact]
    public void TwiceTheBodyIsAlwaysEnough()
    {
        string[] bodies = ["a1b2c3d4", "1_2_3", "aB1cD2", "ABCdEFg", "x_y_z", "a_1"];
        foreach (string body in bodies)
        {
            var destination = new char[body.Length * 2];
            if (HashtagSegmenter.TrySplit(body, destination, out int written))
            {
                Assert.InRange(written, 1, destination.Length);
            }
        }
    }

    [Fact]
    public void SplitsAllocateNothing()
    {
        Span<char> buffer = stackalloc char[128];
        char[] destination = new char[128];
        long bytes = Allocation.QuietestRound(() =>
        {
            for (int k = 0; k < 20; k++)
            {
                _ = HashtagSegmenter.TrySplit("throwbackthursday", destination, out _);
                _ = HashtagSegmenter.TrySplit("100DaysOfCode", destination, out _);
                _ = HashtagSegmenter.TrySplit("iphone12pro", destination, out _);
                _ = HashtagSegmenter.TrySplit("東京", destination, out _);
            }
        });
        Assert.Equal(0, bytes);
    }

    /// <summary>
    /// Accuracy on tests/TextClean.Tests/Text/hashtags.tsv, a list written down before the segmenter was tuned.
    /// </summary>
    [Fact]
    public void SplitsMostHashtagsOfTheHeldList()
    {
        var lines = File.ReadLines(TestData.PathOf("tests/TextClean.Tests/Text/hashtags.tsv"))
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('\t'))
            .ToList();
        int right = 0;
        foreach (string[] fields in lines)
        {
            string actual = Split(fields[0]);
            if (actual == fields[1])
            {
                right++;
            }
            else
            {
                _output.WriteLine($"#{fields[0]}: expected '{fields[1]}', got '{actual}'");
            }
        }

        double accuracy = (double)right / lines.Count;
        _output.WriteLine($"accuracy {right}/{lines.Count} = {accuracy:P1}");
        Assert.True(lines.Count >= 60, $"only {lines.Count} hashtags");
        Assert.True(accuracy >= 0.85, $"accuracy {right}/{lines.Count} = {accuracy:P1}");
    }
}
