using System.Globalization;
using System.Text.Json;
using TextClean.Cli.Commands;
using TextClean.IO;
using TextClean.ML.Decisions;

namespace TextClean.Cli.Decide;

/// <summary>Reads labelled JSON Lines (.gz too) for <c>textclean decide</c>; a row without its text or label stops the run with its file and line.</summary>
internal static class LabelledData
{
    public static List<LabelledText> Read(string path, string textField, string labelField)
    {
        var rows = new List<LabelledText>();
        foreach (var document in DocumentReader.Read([path], textField, () => throw new UsageException("--data is required")))
        {
            string where = $"{document.Source}({document.Line})";
            if (document.Error is not null)
            {
                throw new InvalidDataException($"{where}: {document.Error}{FieldsOf(document.Json)}");
            }

            using var json = JsonDocument.Parse(document.Json!);
            if (!json.RootElement.TryGetProperty(labelField, out var label))
            {
                throw new InvalidDataException($"{where}: missing label field '{labelField}'{FieldsOf(document.Json)}");
            }

            string? value = label.ValueKind switch
            {
                JsonValueKind.String => label.GetString(),
                JsonValueKind.Number => label.GetRawText(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => null,
            };
            if (string.IsNullOrEmpty(value))
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{where}: label field '{labelField}' is {label.ValueKind}; expected a string, number or boolean"));
            }

            rows.Add(new LabelledText(document.Text!, value));
        }

        return rows;
    }

    // "; fields: id, body, label": what the line has instead, so a wrong --text-field is easy to fix.
    private static string FieldsOf(string? json)
    {
        if (json is null)
        {
            return string.Empty;
        }

        try
        {
            using var parsed = JsonDocument.Parse(json);
            return parsed.RootElement.ValueKind == JsonValueKind.Object
                ? $"; fields: {string.Join(", ", parsed.RootElement.EnumerateObject().Select(p => p.Name))}"
                : string.Empty;
        }
        catch (JsonException)
        {
            return string.Empty;
        }
    }
}
