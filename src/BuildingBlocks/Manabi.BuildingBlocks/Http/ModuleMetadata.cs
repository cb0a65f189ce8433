namespace Manabi.BuildingBlocks.Http;

/// <summary>Endpoint metadata naming the module that serves it (for logs and OpenAPI tags).</summary>
public sealed record ModuleMetadata(string Name);

/// <summary>Endpoint metadata: POST/PUT honours the <c>Idempotency-Key</c> header.</summary>
public sealed class IdempotentMetadata
{
    public static readonly IdempotentMetadata Instance = new();
}
