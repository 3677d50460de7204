namespace TextClean.ML.Decisions;

/// <summary>Stratified k-fold assignment: every class is spread evenly over the folds, in a seeded shuffle.</summary>
public static class StratifiedFolds
{
    /// <summary>The fold (0 to <paramref name="folds"/> - 1) of each row, given each row's class index.</summary>
    /// <param name="classes">The class index of each row.</param>
    /// <param name="folds">Number of folds.</param>
    /// <param name="seed">Seed of the shuffle: the same seed gives the same folds.</param>
    public static int[] Assign(IReadOnlyList<int> classes, int folds, int seed)
    {
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var random = new Random(seed);
        var fold = new int[classes.Count];
        int next = 0;
        foreach (var group in Enumerable.Range(0, classes.Count).GroupBy(i => classes[i]).OrderBy(g => g.Key))
        {
            int[] rows = [.. group];
            random.Shuffle(rows);
            // Dealt on from where the previous class stopped, so the folds' sizes differ by one at most.
            foreach (int row in rows)
            {
                fold[row] = next++ % folds;
            }
        }

        return fold;
    }
}
