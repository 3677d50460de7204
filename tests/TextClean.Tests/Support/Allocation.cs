namespace TextClean.Tests.Support;

/// <summary>Measures managed allocation of warmed-up code without timing anything.</summary>
internal static class Allocation
{
    /// <summary>
    /// Bytes <paramref name="action"/> allocates on this thread in the quietest of <paramref name="rounds"/> runs.
    /// The runtime occasionally allocates on the test thread by itself (tiered compilation, ICU caches); an allocation
    /// made by the code under test shows in every round, so the minimum is the honest figure. Rounds stop at the first
    /// that allocates nothing; between rounds the thread yields briefly so background tier-up can finish.
    /// </summary>
    public static long QuietestRound(Action action, int rounds = 40)
    {
        action();
        long quietest = long.MaxValue;
        for (int round = 0; round < rounds && quietest != 0; round++)
        {
            if (round >= 5)
            {
                Thread.Sleep(10);
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            action();
            quietest = Math.Min(quietest, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return quietest;
    }
}
