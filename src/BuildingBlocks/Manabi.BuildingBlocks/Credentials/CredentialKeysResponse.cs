namespace Manabi.BuildingBlocks.Credentials;

/// <summary>A JSON Web Key Set (RFC 7517) of the keys that sign credentials.</summary>
/// <param name="Keys">The keys; a credential's header names its key by <c>kid</c>.</param>
public sealed record CredentialKeysResponse(IReadOnlyList<JsonWebKeyResponse> Keys);

/// <summary>One public P-256 signing key (RFC 7517, RFC 7518 §6.2).</summary>
/// <param name="Kty">Key type: <c>EC</c>.</param>
/// <param name="Crv">Curve: <c>P-256</c>.</param>
/// <param name="X">The public point's x coordinate, base64url.</param>
/// <param name="Y">The public point's y coordinate, base64url.</param>
/// <param name="Kid">Key id, as in a credential's header.</param>
/// <param name="Use">Public key use: <c>sig</c>.</param>
/// <param name="Alg">Algorithm: <c>ES256</c>.</param>
public sealed record JsonWebKeyResponse(string Kty, string Crv, string X, string Y, string Kid, string Use, string Alg);
