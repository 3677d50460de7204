namespace TextClean.Normalizers.Names;

/// <summary>What to do with people's names.</summary>
public enum NamePolicy
{
    /// <summary>Leave them.</summary>
    Keep,

    /// <summary>Replace each name (first name, initials and surname together) by one <c>&lt;NAME&gt;</c>.</summary>
    Mask,
}
