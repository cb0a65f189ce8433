using System.Security.Cryptography;
using System.Text;
using Manabi.Catalog.Data;
using Manabi.Catalog.Domain;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.DeliveryLectures;

internal static class TrackingCode
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, 12);

    public static byte[] Hash(string code) => SHA256.HashData(Encoding.UTF8.GetBytes(code.Trim().ToUpperInvariant()));

    /// <summary>The request, or 404 for a wrong code as for a wrong id: a code reveals one request only.</summary>
    public static async Task<LectureRequest> FindAsync(CatalogDbContext db, Guid id, string code, CancellationToken cancellationToken)
    {
        var request = await db.LectureRequests.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null || !CryptographicOperations.FixedTimeEquals(request.TrackingCodeHash, Hash(code)))
        {
            throw LectureErrors.RequestNotFound();
        }
        return request;
    }
}
