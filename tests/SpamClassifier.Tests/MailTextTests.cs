using System.Text;
using SpamClassifier;

namespace SpamClassifier.Tests;

/// <summary>
/// <see cref="MailText"/> on real corpus messages. Every expected string was read off the raw message
/// (decoding it by hand where it is encoded) before it was written here.
/// </summary>
public sealed class MailTextTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    [Fact]
    public void Multipart_alternative_prefers_the_quoted_printable_plain_part()
    {
        // multipart/alternative: text/plain (quoted-printable, soft line breaks) then text/html.
        var mail = corpus.Decode("easy-ham-1/00062");
        Assert.Equal(MailBodySource.Plain, mail.Source);
        Assert.Equal("Tiny DNS Swap", mail.Subject);
        // "...a few web sites and =\nI'd like to swap..." : the soft line break is gone.
        Assert.Contains("We support only a few web sites and I'd like to swap secondary services", mail.Body, StringComparison.Ordinal);
        Assert.Contains("lightly loaded APC battery backups", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("<", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("=\n", mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_only_quoted_printable_latin1_is_kept_as_html()
    {
        // Single text/html part, charset=ISO-8859-1, quoted-printable: "erm=F6glichen".
        var mail = corpus.Decode("hard-ham-1/00007");
        Assert.Equal(MailBodySource.Html, mail.Source);
        Assert.Equal("F2M - Ihre kostenlose Faxnummer - Newsletter", mail.Subject);
        Assert.Contains("Diese ermöglichen den kostenfreien Betrieb des Fax2Mail-Service.", mail.Body, StringComparison.Ordinal);
        Assert.Contains("<BODY style=", mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Base64_plain_part_nested_in_mixed_and_alternative()
    {
        // multipart/mixed > multipart/alternative > text/plain; charset=US-ASCII, base64 ("DQoNCg0KU1VCU0NSSVBUSU9O...").
        var mail = corpus.Decode("hard-ham-1/00240");
        Assert.Equal(MailBodySource.Plain, mail.Source);
        Assert.Equal("Espial TV Web Seminar Series - Register Today!", mail.Subject);
        Assert.StartsWith("SUBSCRIPTION INFORMATION\n****\nYou have received this e-mail because you are an EDC registrant", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("DQoNCg0K", mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Base64_gb2312_body_and_raw_8bit_gb2312_subject()
    {
        // text/plain; charset="GB2312", base64. The Subject is raw GB2312 bytes, no encoded words:
        // it decodes in the body's charset.
        var mail = corpus.Decode("spam-2/00853");
        Assert.Equal(MailBodySource.Plain, mail.Source);
        Assert.Equal("gb2312", mail.Charset);
        Assert.Equal("黄山旅游天天发,南京特价宾馆任你选", mail.Subject);
        Assert.Contains("南京特价宾馆任你选  http://www.njchina.com/bgmc.htm", mail.Body, StringComparison.Ordinal);
        Assert.Contains("贺卡、语音聊天、交友、征婚", mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Base64_euc_kr_html_and_raw_8bit_euc_kr_subject()
    {
        var mail = corpus.Decode("spam-2/00588");
        Assert.Equal(MailBodySource.Html, mail.Source);
        Assert.Equal("euc-kr", mail.Charset);
        Assert.StartsWith("(광---고) 이멜리스트 500만개 추출한 거 구입기회 드립니다", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("<b>이멜리스트 500만개 4만원에 팝니다.</b>", mail.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("easy-ham-1/02434", "Re: RE: [zzzzteana] Sitting Bull über alles [Long]")] // =?iso-8859-1?Q?...=FCber...?=
    [InlineData("hard-ham-1/00039", "日本語の件名（サブジェクト）　スパムメールではありません！")] // two folded =?iso-2022-jp?B?...?= words
    [InlineData("hard-ham-1/00149", "Matrox Parhelia™ now available")] // =?iso-8859-1?Q?Matrox_Parhelia=99...?=: 0x99 read as windows-1252
    [InlineData("spam-1/00252", "不看會後悔")] // =?big5?Q?=A4=A3=AC=DD=B7|=AB=E1=AE=AC?=
    [InlineData("spam-2/00228", "make love tonight 美女图片")] // plain text then =?GB2312?B?w8DFrs28xqw=?=
    [InlineData("spam-2/00410", "Fw: CD Nua do dhamhsaí Chéilí")] // =?iso-8859-1?Q?...=ED_Ch=E9il=ED?=
    [InlineData("spam-1/00467", "Printer Cartridges as low as $1.21 each!")] // plain ASCII, in a malformed message
    public void Rfc2047_subjects_decode(string id, string subject) => Assert.Equal(subject, corpus.Decode(id).Subject);

    [Fact]
    public void Iso_2022_jp_body()
    {
        var mail = corpus.Decode("hard-ham-1/00039");
        Assert.Equal(MailBodySource.Plain, mail.Source);
        Assert.Equal("iso-2022-jp", mail.Charset);
        Assert.StartsWith("OpenText社\n伊東様", mail.Body, StringComparison.Ordinal);
        Assert.Contains("安井@infocomです。", mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Koi8r_html_without_mime_charset_uses_its_meta_charset()
    {
        // "Content-Type: text/html" without charset; <META ... charset=koi8-r>; the bytes are KOI8-R Cyrillic.
        var mail = corpus.Decode("spam-2/00789");
        Assert.Equal(MailBodySource.Html, mail.Source);
        Assert.Equal("koi8-r", mail.Charset);
        Assert.Contains("ЗДЕСЬ РЕАЛЬНЫЕ ДЕНЬГИ!!!", mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Iso_8859_1_is_read_as_windows_1252()
    {
        // text/plain; charset="iso-8859-1", 8bit, with 0x92 and 0x94: Word's quotes, not C1 controls.
        var mail = corpus.Decode("easy-ham-1/00186");
        Assert.Equal("windows-1252", mail.Charset);
        Assert.Contains("they are breeding; there\u2019s more of them.\u201D", mail.Body, StringComparison.Ordinal);
        Assert.False(mail.Body.AsSpan().ContainsAnyInRange('\u0080', '\u009F'));
    }

    [Fact]
    public void Unknown_charset_is_sniffed()
    {
        // text/html; charset="DEFAULT": not a charset; the bytes are ASCII, so UTF-8.
        var mail = corpus.Decode("spam-2/00002");
        Assert.Equal(MailBodySource.Html, mail.Source);
        Assert.Equal("utf-8", mail.Charset);
        Assert.Contains("The Need For Safety Is Real In 2002", mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Attachments_are_skipped()
    {
        // multipart/mixed: the reply (text/plain, inline), then notspam.txt (text/plain, Content-Disposition: attachment).
        var mail = corpus.Decode("hard-ham-1/00241");
        Assert.Equal(MailBodySource.Plain, mail.Source);
        Assert.StartsWith("Attached is the slashdot digest.\nIt seems to be plain text.", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("From slashdot@slashdot.org Wed Nov 13", mail.Body, StringComparison.Ordinal);

        // multipart/mixed with an application/ms-tnef base64 attachment between two text/plain parts.
        var tnef = corpus.Decode("easy-ham-1/00067");
        Assert.Contains("with our telecoms partner Bumblebee !", tnef.Body, StringComparison.Ordinal);
        Assert.Contains("E-MAIL DISCLAIMER", tnef.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("AAAA", tnef.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("spam-1/00467", "--= Multipart Boundary 0925021429", "Incredible Deals on Inkjet Cartridges!")]
    [InlineData("spam-2/01214", "--= Multipart Boundary 0731021742", "NEED A PROFESSIONAL LOOKING  WEBSITE?")]
    public void Malformed_multipart_falls_back_to_the_raw_body(string id, string badBoundary, string text)
    {
        // boundary="=Multipart Boundary ..." but the parts are separated by "--= Multipart Boundary ...": no part is found.
        var mail = corpus.Decode(id);
        Assert.True(mail.IsFallback);
        Assert.Equal(MailBodySource.Fallback, mail.Source);
        Assert.StartsWith("This is a multipart MIME message.\n\n" + badBoundary + "\nContent-Type: text/plain;", mail.Body, StringComparison.Ordinal);
        Assert.Contains(text, mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_two_broken_boundaries_fall_back()
    {
        var fallbacks = corpus.Messages.Where(m => m.Decode().IsFallback).Select(m => m.Id).ToList();
        Assert.Equal(["spam-1/00467", "spam-2/01214"], fallbacks);
    }

    [Theory]
    [InlineData("")]
    [InlineData("From nobody\n")]
    [InlineData("Subject: only headers")]
    [InlineData("Content-Type: multipart/mixed\n\nno boundary at all")]
    [InlineData("Content-Type: text/plain; charset=x-no-such-charset\nContent-Transfer-Encoding: base64\n\n!!!not base64@@@\n")]
    [InlineData("Subject: =?utf-8?B?broken?=\nContent-Type: multipart/alternative; boundary=\"b\"\n\n--b\nContent-Type: text/html\n\n<p>x")]
    public void Malformed_input_never_throws(string raw)
    {
        var mail = MailText.FromBytes(Encoding.UTF8.GetBytes(raw));
        Assert.NotNull(mail.Text);
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(20021122);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(0, 2000)];
            random.NextBytes(bytes);
            Assert.NotNull(MailText.FromBytes(bytes).Text);
        }
    }

    [Fact]
    public void Decoding_is_deterministic()
    {
        foreach (var id in new[] { "easy-ham-1/00062", "spam-2/00853", "hard-ham-1/00039", "spam-1/00467" })
        {
            Assert.Equal(corpus.Decode(id), corpus.Decode(id));
        }
    }
}
