namespace TextClean.Normalizers.Numbers;

/// <summary>What <see cref="NumberNormalizer"/> emits for a phone number (a number token with <see cref="Tokenization.TokenFlags.Phone"/>).</summary>
public enum PhonePolicy
{
    /// <summary>Keeps the phone number as written.</summary>
    Keep,

    /// <summary>Replaces the phone number by <see cref="NumberOptions.PhoneMask"/> (<c>&lt;PHONE&gt;</c>).</summary>
    Mask,

    /// <summary>Removes the phone number: emits the empty string.</summary>
    Remove,
}
