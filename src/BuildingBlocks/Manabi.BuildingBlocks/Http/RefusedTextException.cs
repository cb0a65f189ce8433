using System.Text.Json;

namespace Manabi.BuildingBlocks.Http;

/// <summary>A JSON string the API refuses; the serializer adds the path of the field.</summary>
public sealed class RefusedTextException() : JsonException(ControlCharacters.Refused.En);
