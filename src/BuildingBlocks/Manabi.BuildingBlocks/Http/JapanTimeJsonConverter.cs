using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Manabi.BuildingBlocks.Contracts;

namespace Manabi.BuildingBlocks.Http;

/// <summary>
/// Every instant the API writes is in Japan time (+09:00), whatever offset it was stored or built
/// with: the one place that conversion happens for answers. Reading accepts any offset; the
/// instant is what counts.
/// </summary>
public sealed class JapanTimeJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDateTimeOffset();

    private static readonly DateTime LastConvertible = DateTime.MaxValue - JapanTime.Offset;

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        // The last nine hours of year 9999 have no Japan-time form; they are written as given.
        writer.WriteStringValue((value.UtcDateTime <= LastConvertible ? JapanTime.Of(value) : value)
            .ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
}
