namespace TextClean.Normalizers.Numbers;

/// <summary>What <see cref="NumberNormalizer"/> emits for a number token that is not a phone number (see <see cref="PhonePolicy"/>).</summary>
public enum NumberPolicy
{
    /// <summary>Keeps the token as written: <c>$1,234.56</c> stays <c>$1,234.56</c>.</summary>
    Keep,

    /// <summary>
    /// Replaces the token by the mask of its most specific kind: <c>&lt;DATE&gt;</c>, <c>&lt;TIME&gt;</c>, <c>&lt;MONEY&gt;</c>,
    /// <c>&lt;PERCENT&gt;</c>, <c>&lt;ORDINAL&gt;</c>, else <c>&lt;NUM&gt;</c> (see <see cref="NumberOptions"/>).
    /// </summary>
    Mask,

    /// <summary>
    /// Replaces every decimal digit (of any script) by <c>0</c> and keeps everything else:
    /// <c>$1,234.56</c> gives <c>$0,000.00</c>, <c>2nd</c> gives <c>0nd</c>, <c>٣٤٥</c> gives <c>000</c>.
    /// </summary>
    Shape,

    /// <summary>
    /// Replaces the token by its kind and the order of magnitude of its value: <c>$1,200</c> gives <c>&lt;MONEY_1e3&gt;</c>,
    /// <c>-250</c> gives <c>&lt;NUM_-1e2&gt;</c>; dates and times get their masks (see <see cref="NumberNormalizer"/>).
    /// </summary>
    Bucket,

    /// <summary>Removes the token: emits the empty string.</summary>
    Remove,
}
