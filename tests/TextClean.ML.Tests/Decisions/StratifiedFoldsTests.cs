using TextClean.ML.Decisions;

namespace TextClean.ML.Tests.Decisions;

public class StratifiedFoldsTests
{
    [Fact]
    public void Every_class_is_spread_evenly_over_the_folds()
    {
        int[] classes = [.. Enumerable.Repeat(0, 53), .. Enumerable.Repeat(1, 17), .. Enumerable.Repeat(2, 6)];
        var folds = StratifiedFolds.Assign(classes, 5, 42);

        for (int c = 0; c < 3; c++)
        {
            var sizes = Enumerable.Range(0, 5).Select(f => Enumerable.Range(0, classes.Length).Count(i => classes[i] == c && folds[i] == f)).ToList();
            Assert.True(sizes.Max() - sizes.Min() <= 1, $"class {c}: {string.Join(",", sizes)}");
        }

        var totals = Enumerable.Range(0, 5).Select(f => folds.Count(x => x == f)).ToList();
        Assert.True(totals.Max() - totals.Min() <= 1, string.Join(",", totals));
        Assert.Equal(folds, StratifiedFolds.Assign(classes, 5, 42));
        Assert.NotEqual(folds, StratifiedFolds.Assign(classes, 5, 43));
    }
}
