using System.Text;
using System.Text.RegularExpressions;
using MimeKit;
using MimeKit.Utils;

namespace SpamClassifier;

/// <summary>Where <see cref="MailTextResult.Body"/> came from.</summary>
public enum MailBodySource
{
    /// <summary>One or more text/plain parts, decoded (the preferred source).</summary>
    Plain,

    /// <summary>No text/plain part, so the text/html parts, decoded but kept as HTML (the TextClean <c>html</c> normalizer strips it).</summary>
    Html,

    /// <summary>The message parsed but has no text/plain or text/html body part (only attachments, or other text types); the body is empty.</summary>
    None,

    /// <summary>MIME parsing failed or found no parts at all: the body is the raw text after the header block, undecoded.</summary>
    Fallback,
}

/// <summary>The classifier's view of one e-mail: decoded subject and best body.</summary>
/// <param name="Subject">The Subject header, RFC 2047 encoded words decoded, unfolded and trimmed; empty when there is none.</param>
/// <param name="Body">The chosen body text, line ends normalised to <c>\n</c> and trimmed.</param>
/// <param name="Source">Which part(s) the body came from; <see cref="MailBodySource.Fallback"/> flags a message MIME parsing could not handle.</param>
/// <param name="Charset">The charset the body was decoded with (the .NET web name, e.g. <c>koi8-r</c>), or <see langword="null"/> when there is no body part.</param>
public sealed record MailTextResult(string Subject, string Body, MailBodySource Source, string? Charset)
{
    /// <summary>The text a classifier sees: <c>Subject + "\n\n" + Body</c>.</summary>
    public string Text => Subject + "\n\n" + Body;

    /// <summary><see langword="true"/> when the message could not be MIME-decoded and <see cref="Body"/> is the raw text after the headers.</summary>
    public bool IsFallback => Source == MailBodySource.Fallback;
}

/// <summary>
/// Turns one raw e-mail into classifier text with MimeKit. Deterministic, and never throws on a malformed message.
/// </summary>
/// <remarks>
/// <para>Body choice: walk the MIME tree in document order, skipping parts with <c>Content-Disposition: attachment</c>,
/// non-text parts, text types other than plain and html, and attached <c>message/rfc822</c> messages. In
/// <c>multipart/alternative</c> only one alternative is used: the first text/plain one, else the first text/html one.
/// If any text/plain part was found the body is all of them joined by a blank line; otherwise all text/html parts,
/// <b>left as HTML</b>: the <c>html</c> normalizer of TextClean's presets strips tags, scripts and entities, so converting
/// here would only do that work twice.</para>
/// <para>Charsets: transfer encodings (quoted-printable, base64) are decoded by MimeKit; the bytes are then decoded with the
/// declared charset. A missing, <c>us-ascii</c>, <c>utf-8</c>, unknown or invalid charset is treated as "UTF-8 if the bytes
/// are valid UTF-8, else windows-1252", because mislabelled 8-bit text is common in this corpus. Other declared charsets
/// (iso-8859-*, koi8-r, gb2312, big5, ks_c_5601-1987, ...) are used as declared, invalid sequences becoming U+FFFD, except
/// that iso-8859-1 is read as its superset windows-1252, as browsers do, so the 0x80-0x9F smart quotes of mislabelled mail survive.
/// An HTML part without a MIME charset uses the charset of its <c>&lt;meta&gt;</c> tag, if any. The class registers
/// <see cref="CodePagesEncodingProvider"/> so the legacy code pages exist.</para>
/// <para>Subject: MimeKit's decoding of RFC 2047 words in any registered charset. Raw 8-bit subject bytes are read as UTF-8 when
/// valid, else in the body's declared charset (spam sends gb2312 or euc-kr subjects unencoded), else windows-1252. Then any
/// C1 control U+0080-U+009F read as the windows-1252 character of that byte, for the same reason as iso-8859-1 bodies.</para>
/// </remarks>
public static partial class MailText
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Windows1252;
    private static readonly ParserOptions Options;

#pragma warning disable CA1810 // Order matters, so a static ctor rather than field initializers (which would run first).
    static MailText()
    {
        // Before anything touches MimeKit: its charset table is built once, and without the provider it lacks big5,
        // gb2312, koi8-r, iso-2022-jp, ... so encoded words in those charsets would decode as Latin-1.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Encoding.GetEncoding(1252);
        Options = new ParserOptions
        {
            CharsetEncoding = Windows1252, // undeclared 8-bit header text: UTF-8 when valid, else this
            Rfc2047ComplianceMode = RfcComplianceMode.Loose,
            ParameterComplianceMode = RfcComplianceMode.Loose,
        };
    }
#pragma warning restore CA1810

    /// <summary>Decodes a record of <c>corpora/spamassassin/messages.jsonl.gz</c>.</summary>
    /// <param name="raw">The record's <c>raw</c> field.</param>
    /// <param name="rawEncoding">The record's <c>raw_encoding</c>: <c>utf-8</c> or <c>iso-8859-1</c> (one char per byte).</param>
    /// <exception cref="ArgumentException"><paramref name="rawEncoding"/> is neither.</exception>
    public static MailTextResult FromCorpusRecord(string raw, string rawEncoding)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(rawEncoding);
        var bytes = rawEncoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(raw),
            "iso-8859-1" => Encoding.Latin1.GetBytes(raw),
            _ => throw new ArgumentException($"unknown raw_encoding '{rawEncoding}'", nameof(rawEncoding)),
        };
        return FromBytes(bytes);
    }

    /// <summary>Decodes one raw message (headers, blank line, body), optionally starting with an mbox <c>From </c> line.</summary>
    /// <param name="message">The message bytes exactly as stored.</param>
    public static MailTextResult FromBytes(byte[] message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var start = SkipMboxFromLine(message);
        MimeMessage parsed;
        try
        {
            using var stream = new MemoryStream(message, start, message.Length - start, writable: false);
            parsed = MimeMessage.Load(Options, stream);
        }
#pragma warning disable CA1031 // A malformed message must never stop an export: any parser failure means fall back.
        catch (Exception)
#pragma warning restore CA1031
        {
            return Fallback(message, start, subject: string.Empty);
        }

        var subject = Subject(parsed, Options);
        try
        {
            var parts = new List<TextPart>();
            var sawLeaf = Collect(parsed.Body, parts, isRoot: true);
            if (!sawLeaf)
            {
                return Fallback(message, start, subject);
            }

            var plain = parts.Where(p => p.IsPlain).ToList();
            var (chosen, source) = plain.Count > 0 ? (plain, MailBodySource.Plain) : (parts, MailBodySource.Html);
            if (chosen.Count == 0)
            {
                return new MailTextResult(subject, string.Empty, MailBodySource.None, null);
            }

            var texts = new List<string>(chosen.Count);
            Encoding? first = null;
            var firstDeclared = false;
            foreach (var part in chosen)
            {
                var (text, encoding, declared) = Decode(part);
                if (first is null)
                {
                    (first, firstDeclared) = (encoding, declared);
                }

                var trimmed = Normalize(text);
                if (trimmed.Length > 0)
                {
                    texts.Add(trimmed);
                }
            }

            if (firstDeclared && HasRaw8BitSubject(parsed))
            {
                // Raw 8-bit subjects (no encoded words) are almost always in the body's charset: gb2312, euc-kr, ...
                var options = Options.Clone();
                options.CharsetEncoding = first!;
                subject = Subject(parsed, options);
            }

            return new MailTextResult(subject, string.Join("\n\n", texts), source, first?.WebName);
        }
#pragma warning disable CA1031 // As above: a part whose content cannot be decoded sends the message to the fallback.
        catch (Exception)
#pragma warning restore CA1031
        {
            return Fallback(message, start, subject);
        }
    }

    /// <summary>Adds the body candidates under <paramref name="entity"/> to <paramref name="parts"/> in document order.</summary>
    /// <returns>Whether the subtree has any leaf part at all (a multipart without one failed to parse).</returns>
    private static bool Collect(MimeEntity? entity, List<TextPart> parts, bool isRoot)
    {
        switch (entity)
        {
            case null:
                return false;
            case Multipart { ContentType.MediaSubtype: var subtype } multipart
                when string.Equals(subtype, "alternative", StringComparison.OrdinalIgnoreCase):
            {
                var sawLeaf = false;
                List<TextPart>? firstHtml = null;
                foreach (var child in multipart)
                {
                    var candidates = new List<TextPart>();
                    sawLeaf |= Collect(child, candidates, isRoot: false);
                    if (candidates.Any(p => p.IsPlain))
                    {
                        parts.AddRange(candidates.Where(p => p.IsPlain));
                        return true;
                    }

                    if (firstHtml is null && candidates.Count > 0)
                    {
                        firstHtml = candidates;
                    }
                }

                if (firstHtml is not null)
                {
                    parts.AddRange(firstHtml);
                }

                return sawLeaf;
            }

            case Multipart multipart:
            {
                var sawLeaf = false;
                foreach (var child in multipart)
                {
                    sawLeaf |= Collect(child, parts, isRoot: false);
                }

                return sawLeaf;
            }

            case TextPart text when (isRoot || !text.IsAttachment) && (text.IsPlain || text.IsHtml):
                parts.Add(text);
                return true;
            default:
                // Attachments, other text types, images, message/rfc822, ...: a leaf, but no body.
                return true;
        }
    }

    /// <returns>The text, the encoding used, and whether that encoding was declared (MIME charset or HTML meta) rather than sniffed.</returns>
    private static (string Text, Encoding Encoding, bool Declared) Decode(TextPart part)
    {
        using var memory = new MemoryStream();
        part.Content?.DecodeTo(memory);
        var bytes = memory.ToArray();
        var encoding = Declared(part.ContentType.Charset);
        if (encoding is null && part.IsHtml && part.ContentType.Charset is null)
        {
            encoding = Declared(MetaCharset(bytes));
        }

        if (encoding is not null)
        {
            return (encoding.GetString(bytes), encoding, true);
        }

        var (text, sniffed) = DecodeUndeclared(bytes, 0);
        return (text, sniffed, false);
    }

    /// <summary>The charset of an HTML <c>&lt;meta ... charset=NAME&gt;</c> in the first 4 KB, for HTML parts without a MIME charset.</summary>
    private static string? MetaCharset(byte[] html)
    {
        var head = Encoding.Latin1.GetString(html, 0, Math.Min(html.Length, 4096));
        var match = MetaCharsetPattern().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex("""<meta[^>]*?charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharsetPattern();

    private static string Subject(MimeMessage message, ParserOptions options)
    {
        var header = message.Headers.FirstOrDefault(h => h.Id == HeaderId.Subject);
        if (header is null)
        {
            return string.Empty;
        }

        return FixC1(Normalize(Rfc2047.DecodeText(options, header.RawValue).Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal)));
    }

    private static bool HasRaw8BitSubject(MimeMessage message) =>
        message.Headers.FirstOrDefault(h => h.Id == HeaderId.Subject) is { } header && header.RawValue.AsSpan().ContainsAnyInRange((byte)0x80, (byte)0xFF);

    /// <summary>The declared charset when it is one to trust as is; <see langword="null"/> for "sniff UTF-8, else windows-1252".</summary>
    private static Encoding? Declared(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        Encoding encoding;
        try
        {
            encoding = Encoding.GetEncoding(charset.Trim().Trim('"', '\''));
        }
        catch (ArgumentException)
        {
            return null; // unknown name, e.g. "default", "unknown-8bit"
        }

        return encoding.CodePage switch
        {
            20127 or 65001 => null, // us-ascii and utf-8 are sniffed
            28591 => Windows1252, // iso-8859-1 means windows-1252 in practice (as in the WHATWG encoding standard): 0x80-0x9F are quotes and dashes
            _ => encoding,
        };
    }

    private static (string Text, Encoding Encoding) DecodeUndeclared(byte[] bytes, int start)
    {
        try
        {
            return (StrictUtf8.GetString(bytes, start, bytes.Length - start), Encoding.UTF8);
        }
        catch (DecoderFallbackException)
        {
            return (Windows1252.GetString(bytes, start, bytes.Length - start), Windows1252);
        }
    }

    private static MailTextResult Fallback(byte[] message, int start, string subject)
    {
        var bodyStart = BodyStart(message, start);
        var (text, encoding) = DecodeUndeclared(message, bodyStart);
        return new MailTextResult(subject, Normalize(text), MailBodySource.Fallback, encoding.WebName);
    }

    /// <summary>Index after the first empty line (LF or CRLF), as in <c>corpora/spamassassin/prepare.py</c>; the end when there is none.</summary>
    private static int BodyStart(byte[] message, int start)
    {
        for (var i = start; i < message.Length; i++)
        {
            if (message[i] != (byte)'\n')
            {
                continue;
            }

            var j = i + 1;
            if (j < message.Length && message[j] == (byte)'\r')
            {
                j++;
            }

            if (j < message.Length && message[j] == (byte)'\n')
            {
                return j + 1;
            }
        }

        return message.Length;
    }

    private static int SkipMboxFromLine(byte[] message)
    {
        if (message.Length < 5 || !message.AsSpan(0, 5).SequenceEqual("From "u8))
        {
            return 0;
        }

        var newline = Array.IndexOf(message, (byte)'\n');
        return newline < 0 ? message.Length : newline + 1;
    }

    private static string Normalize(string text) => text.ReplaceLineEndings("\n").Trim();

    /// <summary>
    /// MimeKit decodes <c>=?iso-8859-1?...?=</c> words as true Latin-1, so a windows-1252 byte such as 0x99 (TM) becomes the
    /// C1 control U+0099. C1 controls never occur in real text, so read them back as windows-1252.
    /// </summary>
    private static string FixC1(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\u0080', '\u009F'))
        {
            return text;
        }

        var chars = text.ToCharArray();
        Span<byte> one = stackalloc byte[1];
        Span<char> decoded = stackalloc char[2];
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= '\u0080' and <= '\u009F')
            {
                one[0] = (byte)chars[i];
                if (Windows1252.GetChars(one, decoded) == 1)
                {
                    chars[i] = decoded[0];
                }
            }
        }

        return new string(chars);
    }
}
