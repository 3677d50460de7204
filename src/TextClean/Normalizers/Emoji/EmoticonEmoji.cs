namespace TextClean.Normalizers.Emoji;

/// <summary>The emoji an ASCII emoticon stands for.</summary>
internal static class EmoticonEmoji
{
    // Keyed by the emoticon without its nose ("-") and with one mouth: ":-)))" and ":)" look up ":)".
    private static readonly Dictionary<string, string> ByFace = new(StringComparer.Ordinal)
    {
        [":)"] = "🙂", ["=)"] = "🙂", [":]"] = "🙂", [":("] = "🙁", ["=("] = "🙁", [":["] = "🙁",
        [";)"] = "😉", [":D"] = "😀", [";D"] = "😉", ["=D"] = "😀", [":P"] = "😛", [":p"] = "😛", [";P"] = "😜", [";p"] = "😜",
        ["=P"] = "😛", ["=p"] = "😛", [":O"] = "😮", [":o"] = "😮", [":/"] = "😕", [":\\"] = "😕", [":|"] = "😐",
        [":*"] = "😘", [":S"] = "😖", [":$"] = "😳", [":3"] = "😺", [":'("] = "😢", [":')"] = "😂", [";("] = "😢",
        [">:("] = "😠", [">:)"] = "😈", ["<3"] = "❤️", ["</3"] = "💔", ["^_^"] = "😊", ["^.^"] = "😊", ["^^"] = "😊",
    };

    /// <summary>The emoji for <paramref name="emoticon"/>, or null.</summary>
    public static string? Of(ReadOnlySpan<char> emoticon)
    {
        Span<char> face = stackalloc char[8];
        int length = 0;
        for (int i = 0; i < emoticon.Length && length < face.Length; i++)
        {
            bool nose = emoticon[i] == '-' && length > 0 && face[length - 1] is ':' or ';' or '=';
            if (!nose)
            {
                face[length++] = emoticon[i];
            }
        }

        // ":)))" is ":)" with emphasis.
        while (length > 2 && face[length - 1] == face[length - 2] && face[length - 1] is ')' or '(' or ']' or '[')
        {
            length--;
        }

        return ByFace.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(face[..length], out var emoji) ? emoji : null;
    }
}
