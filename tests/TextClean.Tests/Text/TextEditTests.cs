using TextClean.Text;

namespace TextClean.Tests.Text;

public sealed class TextEditTests
{
    [Fact]
    public void Apply_replaces_deletes_and_inserts_in_order()
    {
        var source = "caf&eacute; <b>ok</b>";
        var edits = new[]
        {
            new TextEdit(3, 8, "é", "entity"),
            new TextEdit(12, 3, string.Empty, "tag"),
            new TextEdit(17, 4, string.Empty, "tag"),
            new TextEdit(21, 0, "!", "insert"),
        };

        Assert.Equal("café ok!", TextEdit.Apply(source, edits));
    }

    [Fact]
    public void Apply_refuses_overlapping_edits()
    {
        var edits = new[] { new TextEdit(0, 3, "x", "a"), new TextEdit(2, 1, "y", "b") };
        Assert.Throws<ArgumentException>(() => TextEdit.Apply("abcdef", edits));
    }
}
