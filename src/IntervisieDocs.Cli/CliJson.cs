using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntervisieDocs.Cli;

/// <summary>A method as <c>intervisie methoden --json</c> writes it (field names are the JSON's).</summary>
internal sealed record MethodRow(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("titel")] string Title,
    [property: JsonPropertyName("minuten")] int? Minutes,
    [property: JsonPropertyName("minuten_volgens_bron")] int? StatedMinutes,
    [property: JsonPropertyName("stappen")] int Steps,
    [property: JsonPropertyName("groepsgrootte")] GroupSizeRow GroupSize,
    [property: JsonPropertyName("doel")] string Purpose,
    [property: JsonPropertyName("tags")] List<string> Tags,
    [property: JsonPropertyName("voor_beginners")] bool ForBeginners,
    [property: JsonPropertyName("bron")] string Source);

internal sealed record GroupSizeRow([property: JsonPropertyName("min")] int Min, [property: JsonPropertyName("max")] int Max);

internal sealed record QuestionBankRow(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("titel")] string Title,
    [property: JsonPropertyName("vragen")] int Questions,
    [property: JsonPropertyName("bron")] string Source);

/// <summary>Source-generated JSON: no reflection at run time, so the program also starts as Native AOT.</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(List<MethodRow>))]
[JsonSerializable(typeof(List<QuestionBankRow>))]
internal sealed partial class CliJson : JsonSerializerContext
{
    /// <summary>Readable Dutch: "é" stays "é" rather than "\u00E9".</summary>
    public static CliJson Readable { get; } = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
