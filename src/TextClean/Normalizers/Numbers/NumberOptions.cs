namespace TextClean.Normalizers.Numbers;

/// <summary>
/// What <see cref="NumberNormalizer"/> does with number tokens. The masks are fixed strings that the tokenizer never reads
/// as a number, so normalizing text a second time leaves them alone.
/// </summary>
public sealed class NumberOptions
{
    /// <summary>Mask of a plain number, and of a fraction or ratio (<c>1/2</c>, <c>24/7</c>): <c>&lt;NUM&gt;</c>.</summary>
    public const string NumberMask = "<NUM>";

    /// <summary>Mask of an amount of money (<c>$20</c>, <c>€1.200,50</c>, <c>20€</c>): <c>&lt;MONEY&gt;</c>.</summary>
    public const string MoneyMask = "<MONEY>";

    /// <summary>Mask of a percentage or per-mille value (<c>3.5%</c>, <c>2‰</c>): <c>&lt;PERCENT&gt;</c>.</summary>
    public const string PercentMask = "<PERCENT>";

    /// <summary>Mask of an ordinal (<c>2nd</c>, <c>21st</c>): <c>&lt;ORDINAL&gt;</c>.</summary>
    public const string OrdinalMask = "<ORDINAL>";

    /// <summary>Mask of a date (<c>2021-07-10</c>, <c>07/10/2021</c>): <c>&lt;DATE&gt;</c>.</summary>
    public const string DateMask = "<DATE>";

    /// <summary>Mask of a clock time (<c>10:30</c>, <c>5pm</c>): <c>&lt;TIME&gt;</c>.</summary>
    public const string TimeMask = "<TIME>";

    /// <summary>Mask of a phone number (<c>555-123-4567</c>, <c>+44 20 7946 0958</c>): <c>&lt;PHONE&gt;</c>.</summary>
    public const string PhoneMask = "<PHONE>";

    private readonly int _bucketBase = 10;

    /// <summary>The defaults: <see cref="NumberPolicy.Mask"/> for numbers, <see cref="PhonePolicy.Mask"/> for phones, base 10.</summary>
    public static NumberOptions Default { get; } = new();

    /// <summary>
    /// What to emit for a number that is not a phone number. Default: <see cref="NumberPolicy.Mask"/>.
    /// Masking is the default for machine learning because the digits of a number are almost never what a model should
    /// learn from, while the fact that a number (and which kind: money, percent, date, ...) is there often is: masking keeps
    /// that fact, collapses an unbounded vocabulary of numbers into seven tokens, and removes identifiers such as account
    /// numbers and amounts that a model would otherwise memorize. <see cref="NumberPolicy.Bucket"/> keeps the order of magnitude
    /// when size matters; <see cref="NumberPolicy.Shape"/> keeps the layout of digits.
    /// </summary>
    public NumberPolicy Policy { get; init; } = NumberPolicy.Mask;

    /// <summary>
    /// What to emit for a phone number, whatever <see cref="Policy"/> is. Default: <see cref="PhonePolicy.Mask"/>,
    /// because a phone number is personal data and its digits carry no meaning.
    /// </summary>
    public PhonePolicy Phones { get; init; } = PhonePolicy.Mask;

    /// <summary>
    /// The base of the magnitude buckets of <see cref="NumberPolicy.Bucket"/>: a value <c>v</c> falls in bucket <c>k</c> when
    /// <c>BucketBase^k ≤ |v| &lt; BucketBase^(k+1)</c>. Default: 10. Must be at least 2.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 2.</exception>
    public int BucketBase
    {
        get => _bucketBase;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 2);
            _bucketBase = value;
        }
    }
}
