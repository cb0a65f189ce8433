using System.Text.Json.Serialization;
using System.Text.Json;

namespace Manabi.BuildingBlocks.Http;

/// <summary>Reads every JSON string of a request through <see cref="ControlCharacters"/>.</summary>
public sealed class SafeStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? value;
        try
        {
            value = reader.GetString();
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate ("\ud800") cannot become a .NET string.
            throw new RefusedTextException();
        }
        return value is not null && ControlCharacters.AreIn(value) ? throw new RefusedTextException() : value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
