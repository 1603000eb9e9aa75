namespace HireGuard.Model;

/// <summary>
/// Runs independent work items, in parallel when allowed. Callers only hand it work whose result
/// does not depend on the order or the thread an item runs on, so results never depend on the
/// thread count.
/// </summary>
internal sealed class ParallelRunner
{
    private readonly ParallelOptions _options;

    public ParallelRunner(int maxDegreeOfParallelism)
    {
        DegreeOfParallelism = maxDegreeOfParallelism <= 0 ? Environment.ProcessorCount : maxDegreeOfParallelism;
        _options = new ParallelOptions { MaxDegreeOfParallelism = DegreeOfParallelism };
    }

    public static ParallelRunner Serial { get; } = new(1);

    public int DegreeOfParallelism { get; }

    public void For(int count, Action<int> body)
    {
        if (DegreeOfParallelism == 1 || count <= 1)
        {
            for (var i = 0; i < count; i++)
            {
                body(i);
            }

            return;
        }

        Parallel.For(0, count, _options, body);
    }

    /// <summary>Runs <paramref name="body"/> in parallel only when the work is large enough to pay for it.</summary>
    public void For(int count, long work, Action<int> body)
    {
        if (work < 65_536)
        {
            for (var i = 0; i < count; i++)
            {
                body(i);
            }

            return;
        }

        For(count, body);
    }
}
