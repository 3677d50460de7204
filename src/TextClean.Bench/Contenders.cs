namespace TextClean.Bench;

/// <summary>The contenders of the comparison, in report order, and lookup by <see cref="TokenizerContender.Id"/>.</summary>
public static class Contenders
{
    /// <summary>
    /// The ids of the contenders run by default, in report order. <see cref="TryCreate"/> also knows <c>mlnet-space</c>
    /// (ML.NET with its default separator, the space only).
    /// </summary>
    public static IReadOnlyList<string> Ids { get; } = ["textclean", "mlnet", "lucene", "regex", "split", "letterordigit", "spaces"];

    /// <summary>Every id <see cref="TryCreate"/> knows: <see cref="Ids"/>, then the variants that are not run by default.</summary>
    public static IReadOnlyList<string> AllIds { get; } = [.. Ids, "mlnet-space"];

    /// <summary>Creates every contender, in report order: TextClean first, then its peers, then the two references.</summary>
    public static IReadOnlyList<TokenizerContender> CreateAll() => [.. Ids.Select(Create)];

    /// <summary>Creates the contender with this id or name (case-insensitive).</summary>
    /// <param name="idOrName">An id from <see cref="Ids"/>, or a contender's <see cref="TokenizerContender.Name"/>.</param>
    /// <exception cref="ArgumentException">No contender has that id or name.</exception>
    public static TokenizerContender Create(string idOrName)
    {
        ArgumentNullException.ThrowIfNull(idOrName);
        return TryCreate(idOrName, out var contender)
            ? contender
            : throw new ArgumentException($"unknown tokenizer '{idOrName}'; known: {string.Join(", ", AllIds)}", nameof(idOrName));
    }

    /// <summary>Creates the contender with this id or name (case-insensitive), if there is one.</summary>
    /// <param name="idOrName">An id from <see cref="Ids"/>, or a contender's <see cref="TokenizerContender.Name"/>.</param>
    /// <param name="contender">The new contender, or <see langword="null"/>.</param>
    public static bool TryCreate(string idOrName, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TokenizerContender? contender)
    {
        ArgumentNullException.ThrowIfNull(idOrName);
        var key = idOrName.Trim().ToLowerInvariant();
        contender = key switch
        {
            "textclean" or "textclean tokenizer" => new TextCleanContender(),
            "mlnet" or "ml.net" or "ml.net tokenizeintowords" => new MlNetContender(),
            "mlnet-space" or "ml.net tokenizeintowords (space only)" => new MlNetContender([' ']),
            "lucene" or "lucene.net" or "lucene.net standardtokenizer" => new LuceneContender(),
            "regex" => new RegexContender(),
            "split" or "string.split" => new StringSplitContender(),
            "letterordigit" or "isletterordigit" => new LetterOrDigitLoopContender(),
            "spaces" or "count" => new SpaceCountContender(),
            _ => null,
        };
        return contender is not null;
    }
}
