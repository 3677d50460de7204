namespace TextClean.Normalizers.Web;

/// <summary>What to do with a <c>#hashtag</c>.</summary>
public enum HashtagPolicy
{
    /// <summary>Leave it as it is.</summary>
    Keep,

    /// <summary>
    /// Write its words: <c>#MachineLearning</c> to <c>Machine Learning</c>, <c>#iphone12pro</c> to <c>iphone 12 pro</c>,
    /// <c>#love</c> to <c>love</c> (by case changes, digits, underscores and English word frequencies).
    /// </summary>
    Split,

    /// <summary>Replace it by <c>&lt;HASHTAG&gt;</c>.</summary>
    Mask,

    /// <summary>Remove it (the words around it stay apart).</summary>
    Remove,
}
