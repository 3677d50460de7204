namespace TextClean.Corpus.IO;

/// <summary>An input that cannot be read at all (no such file, a pattern that matches nothing, an unknown extension, a corrupt archive): the job stops.</summary>
public sealed class InputException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public InputException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception.</summary>
    public InputException()
    {
    }
}
