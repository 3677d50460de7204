using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace TextClean.IO;

/// <summary>UTF-8 decoding that counts the invalid sequences it replaces, so readers can report them instead of hiding them.</summary>
public static class Utf8Text
{
    /// <summary>Decodes UTF-8, replacing each invalid sequence with U+FFFD and counting them.</summary>
    /// <param name="bytes">The UTF-8 bytes.</param>
    /// <param name="invalid">How many invalid sequences became U+FFFD.</param>
    public static string Decode(ReadOnlySpan<byte> bytes, out int invalid)
    {
        invalid = Utf8.IsValid(bytes) ? 0 : CountInvalid(bytes);
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>How many invalid sequences <see cref="Encoding.UTF8"/> replaces in <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The UTF-8 bytes.</param>
    public static int CountInvalid(ReadOnlySpan<byte> bytes)
    {
        int count = 0;
        while (!bytes.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(bytes, out _, out int consumed) != OperationStatus.Done)
            {
                count++;
            }

            bytes = bytes[consumed..];
        }

        return count;
    }
}
