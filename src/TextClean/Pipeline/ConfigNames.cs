using System.Text;

namespace TextClean.Pipeline;

/// <summary>How enum values are spelled in config files: snake case (<c>EmoticonPolicy.ToEmoji</c> is <c>to_emoji</c>).</summary>
public static class ConfigNames
{
    /// <summary>The config-file spelling of <paramref name="value"/>.</summary>
    public static string Of<T>(T value)
        where T : struct, Enum
    {
        string name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }

    /// <summary>The config-file spellings of every value of <typeparamref name="T"/>, in declaration order.</summary>
    public static string[] All<T>()
        where T : struct, Enum => [.. Enum.GetValues<T>().Select(Of)];
}
