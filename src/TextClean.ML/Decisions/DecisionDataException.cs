namespace TextClean.ML.Decisions;

/// <summary>The labelled data cannot be used for a decision run (one class, too few rows per fold); the message says why.</summary>
public sealed class DecisionDataException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DecisionDataException()
    {
    }

    /// <summary>Creates the exception with its message.</summary>
    public DecisionDataException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    public DecisionDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
