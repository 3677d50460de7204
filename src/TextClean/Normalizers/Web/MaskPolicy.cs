namespace TextClean.Normalizers.Web;

/// <summary>What to do with a URL, e-mail address or mention.</summary>
public enum MaskPolicy
{
    /// <summary>Leave it as it is.</summary>
    Keep,

    /// <summary>Replace it by its placeholder: <c>&lt;URL&gt;</c>, <c>&lt;EMAIL&gt;</c>, <c>&lt;USER&gt;</c>.</summary>
    Mask,

    /// <summary>Remove it (the words around it stay apart).</summary>
    Remove,
}
