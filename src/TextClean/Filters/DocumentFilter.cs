namespace TextClean.Filters;

/// <summary>
/// A document filter: decides whether a whole document is kept, and reports the measurement behind the decision.
/// Filters are immutable and thread-safe; a corpus job calls one instance from many threads.
/// </summary>
public abstract class DocumentFilter
{
    /// <summary>Creates a filter with its resolved config.</summary>
    protected DocumentFilter(FilterConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        Config = config;
    }

    /// <summary>The resolved config the filter was built from.</summary>
    public FilterConfig Config { get; }

    /// <summary>The filter's name (<c>length</c>, <c>quality</c>, ...).</summary>
    public string Name => Config.Name;

    /// <summary>
    /// Checks <paramref name="text"/>. Returns true to keep it. When it returns false, <paramref name="verdict"/> is the first rule
    /// that failed; when it returns true, <paramref name="verdict"/> may still carry a measurement worth counting (the language
    /// filter reports the language found) or be <c>default</c>.
    /// </summary>
    public abstract bool Keep(string text, out FilterVerdict verdict);
}
