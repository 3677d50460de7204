using Parquet;
using Parquet.Schema;
using TextClean.Corpus.IO;
using TextClean.Filters;

namespace TextClean.Corpus.Tests.IO;

public sealed class ParquetTests
{
    private static readonly DataField<int> Id = new("id");
    private static readonly DataField<string> Text = new("text");
    private static readonly DataField<double?> Score = new("score");
    private static readonly DataField<bool> Flag = new("flag");
    private static readonly DataField<DateTime?> When = new("when");

    /// <summary>A Parquet file of <paramref name="groups"/> row groups of <paramref name="rows"/> rows; text of row i is "doc i é", null when i % 97 == 50.</summary>
    private static async Task<string> WriteSample(TempDir dir, string name, int groups, int rows)
    {
        var path = dir.File(name);
        await using (var file = File.Create(path))
        {
            await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(Id, Text, Score, Flag, When), file);
            for (int g = 0; g < groups; g++)
            {
                var ids = Enumerable.Range(g * rows, rows).ToArray();
                using var group = writer.CreateRowGroup();
                await group.WriteAsync<int>(Id, ids);
                await group.WriteAsync(Text, ids.Select(i => i % 97 == 50 ? null : $"doc {i} é\n😀").ToArray());
                await group.WriteAsync<double>(Score, ids.Select(i => i % 3 == 0 ? (double?)null : i / 7.0).ToArray());
                await group.WriteAsync<bool>(Flag, ids.Select(i => i % 2 == 0).ToArray());
                await group.WriteAsync<DateTime>(When, ids.Select(i => (DateTime?)new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(i)).ToArray());
                group.CompleteValidate();
            }
        }

        var (_, compression) = InputFiles.Detect(path, InputFormat.Parquet);
        File.WriteAllBytes(path, IoTest.Compress(File.ReadAllBytes(path), compression));
        return path;
    }

    private static async Task<List<(int Id, string? Text, double? Score, bool Flag, DateTime? When)>> Rows(string path)
    {
        var rows = new List<(int, string?, double?, bool, DateTime?)>();
        await using var reader = await ParquetReader.CreateAsync(path);
        var fields = reader.Schema.GetDataFields();
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            int n = (int)group.RowCount;
            var ids = new int[n];
            var texts = new string?[n];
            var scores = new double?[n];
            var flags = new bool[n];
            var whens = new DateTime?[n];
            await group.ReadAsync<int>(fields[0], ids);
            await group.ReadAsync(fields[1], texts);
            await group.ReadAsync<double>(fields[2], scores);
            await group.ReadAsync<bool>(fields[3], flags);
            await group.ReadAsync<DateTime>(fields[4], whens);
            for (int i = 0; i < n; i++)
            {
                rows.Add((ids[i], texts[i], scores[i], flags[i], whens[i]));
            }
        }

        return rows;
    }

    [Theory]
    [InlineData(Compression.None, "")]
    [InlineData(Compression.Gzip, ".gz")]
    [InlineData(Compression.Zstd, ".zst")]
    public async Task Parquet_round_trips_every_column_through_every_compression(Compression compression, string suffix)
    {
        using var dir = new TempDir();
        var path = await WriteSample(dir, "a.parquet" + suffix, 3, 400);
        var output = dir.File("b.parquet" + suffix);

        IoTest.Rewrite(path, output, compression, transform: t => t.ToUpperInvariant());

        var records = IoTest.ReadAll(output);
        var originals = IoTest.ReadAll(path).Where(r => r.Error is null).ToList();
        Assert.Equal(originals.Select(r => r.Text!.ToUpperInvariant()), records.Select(r => r.Text));

        var plain = dir.File("plain-in.parquet");
        File.WriteAllBytes(plain, IoTest.Decompress(File.ReadAllBytes(path), compression));
        var plainOut = dir.File("plain-out.parquet");
        File.WriteAllBytes(plainOut, IoTest.Decompress(File.ReadAllBytes(output), compression));
        var expected = (await Rows(plain)).Where(r => r.Text is not null).Select(r => r with { Text = r.Text!.ToUpperInvariant() });
        Assert.Equal(expected, await Rows(plainOut));
    }

    [Fact]
    public async Task A_null_text_is_an_error_record_numbered_by_its_row()
    {
        using var dir = new TempDir();
        var path = await WriteSample(dir, "a.parquet", 2, 100);

        var records = IoTest.ReadAll(path);

        Assert.Equal(200, records.Count);
        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), records.Select(r => r.Line));
        Assert.Equal([51L, 148], records.Where(r => r.Error is not null).Select(r => r.Line));
        Assert.Equal("column 'text' is null", records[50].Error);
        Assert.Equal("doc 51 é\n😀", records[51].Text);
    }

    [Fact]
    public async Task Parts_are_runs_of_row_groups_with_the_rows_of_the_whole_file()
    {
        using var dir = new TempDir();
        var path = await WriteSample(dir, "a.parquet", 5, 50);
        var whole = IoTest.ReadAll(path);
        var options = new InputOptions { PartBytes = 1 };

        var units = WorkPlanner.Plan([path], options);
        var parts = units.SelectMany(u => IoTest.Read(u, options)).ToList();

        Assert.Equal(5, units.Count);
        Assert.Equal([0L, 1, 2, 3, 4], units.Select(u => u.Start));
        Assert.Equal("a.parquet.part0003", units[3].Name);
        Assert.Equal(whole.Select(r => (r.Line, r.Text, r.Error)), parts.Select(r => (r.Line, r.Text, r.Error)));
        Assert.Single(WorkPlanner.Plan([path], new InputOptions()));
    }

    [Fact]
    public async Task Rejected_adds_the_verdict_columns()
    {
        using var dir = new TempDir();
        var path = await WriteSample(dir, "a.parquet", 1, 3);
        var output = dir.File("r.parquet");

        using (var reader = RecordReader.Open(IoTest.Whole(path), new InputOptions()))
        using (var writer = reader.CreateWriter(File.Create(output), OutputKind.Rejected, Compression.None))
        {
            reader.TryRead(out var record);
            writer.WriteRejected(record, new FilterVerdict("language.keep", 0.25, double.NaN, "de"));
            writer.Complete();
        }

        await using var check = await ParquetReader.CreateAsync(output);
        var fields = check.Schema.GetDataFields();
        Assert.Equal(["id", "text", "score", "flag", "when", "rejected_by", "rejected_value", "rejected_limit", "rejected_detail"], fields.Select(f => f.Name));
        using var group = check.OpenRowGroupReader(0);
        var by = new string?[1];
        var value = new double?[1];
        var limit = new double?[1];
        var text = new string?[1];
        await group.ReadAsync(fields[1], text);
        await group.ReadAsync(fields[5], by);
        await group.ReadAsync<double>(fields[6], value);
        await group.ReadAsync<double>(fields[7], limit);
        Assert.Equal(("doc 0 é\n😀", "language.keep", 0.25, (double?)null), (text[0], by[0], value[0], limit[0]));
    }

    [Fact]
    public async Task Writers_cut_row_groups_and_write_the_same_bytes_twice()
    {
        using var dir = new TempDir();
        var path = await WriteSample(dir, "a.parquet", 1, ParquetRecordWriter.RowGroupRows + 1000);
        var one = dir.File("one.parquet");
        var two = dir.File("two.parquet");

        IoTest.Rewrite(path, one, Compression.None);
        IoTest.Rewrite(path, two, Compression.None);

        Assert.Equal(File.ReadAllBytes(one), File.ReadAllBytes(two));
        await using var check = await ParquetReader.CreateAsync(one);
        Assert.Equal(2, check.RowGroupCount);
    }

    [Fact]
    public void A_file_that_is_not_parquet_stops_the_job_naming_it()
    {
        using var dir = new TempDir();
        var path = dir.Write("bad.parquet", "this is not a parquet file at all, just text");

        var e = Assert.Throws<InputException>(() => IoTest.ReadAll(path));
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }
}
