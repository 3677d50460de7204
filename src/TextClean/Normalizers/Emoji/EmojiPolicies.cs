namespace TextClean.Normalizers.Emoji;

/// <summary>What to do with an emoji (👍🏽, 👨‍👩‍👧, 🇯🇵, 1️⃣) or an emoji shortcode (<c>:thumbs_up:</c>).</summary>
public enum EmojiPolicy
{
    /// <summary>Leave it (skin tones follow <see cref="SkinTonePolicy"/>).</summary>
    Keep,

    /// <summary>Write its CLDR short name: <c>:thumbs_up:</c> or <c>thumbs up</c> (see <see cref="EmojiNameStyle"/>).</summary>
    Describe,

    /// <summary>Replace it by <c>&lt;EMOJI&gt;</c>.</summary>
    Mask,

    /// <summary>Remove it.</summary>
    Remove,
}

/// <summary>How <see cref="EmojiPolicy.Describe"/> writes a name.</summary>
public enum EmojiNameStyle
{
    /// <summary>One token, as chat tools write it: <c>:thumbs_up:</c>, <c>:flag_japan:</c>.</summary>
    Shortcode,

    /// <summary>Plain words: <c>thumbs up</c>, <c>flag japan</c>.</summary>
    Words,
}

/// <summary>What to do with skin-tone modifiers (U+1F3FB..U+1F3FF).</summary>
public enum SkinTonePolicy
{
    /// <summary>Keep them: 👍🏽 stays 👍🏽 (and is described as "thumbs up medium skin tone").</summary>
    Keep,

    /// <summary>Strip them: 👍🏽 becomes 👍, so every tone counts as the same emoji.</summary>
    Strip,
}

/// <summary>What to do with an ASCII emoticon such as <c>:-)</c>, <c>&lt;3</c> or <c>:'(</c>.</summary>
public enum EmoticonPolicy
{
    /// <summary>Leave it.</summary>
    Keep,

    /// <summary>Turn it into the emoji it stands for (<c>:-)</c> to 🙂), which then follows the emoji policy.</summary>
    ToEmoji,

    /// <summary>Replace it by <c>&lt;EMOTICON&gt;</c>.</summary>
    Mask,

    /// <summary>Remove it.</summary>
    Remove,
}
