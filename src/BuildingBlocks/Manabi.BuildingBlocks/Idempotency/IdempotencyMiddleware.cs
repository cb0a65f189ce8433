using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using FluentValidation;
using FluentValidation.Results;
using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Manabi.BuildingBlocks.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> for POST and PUT on endpoints marked idempotent (IETF
/// draft-ietf-httpapi-idempotency-key-header). The whole request runs in one PostgreSQL
/// transaction holding an advisory lock on (caller, key); the response is stored in that same
/// transaction, so either the effect and its stored response both exist or neither does — a
/// retry after any crash can neither lose nor duplicate the effect.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next, IOptions<IdempotencyOptions> options)
{
    public const string HeaderName = "Idempotency-Key";
    public const int MaxKeyLength = 255;
    public const string ReplayedHeader = "Idempotent-Replayed";

    private static readonly Text KeyInvalid = new("Idempotency-Key は 1〜255 文字の表示可能な ASCII 文字で指定してください。",
        "Idempotency-Key must be 1 to 255 printable ASCII characters.");
    private static readonly Text InFlight = new("同じ Idempotency-Key のリクエストを処理中です。完了してから再送してください。",
        "A request with this Idempotency-Key is still being processed; retry after it completes.");
    private static readonly Text Reused = new("この Idempotency-Key は別の内容のリクエストに使用済みです。",
        "This Idempotency-Key was already used for a request with a different body.");

    public async Task InvokeAsync(HttpContext context, DbSession session)
    {
        var key = context.Request.Headers[HeaderName].ToString();
        if (key.Length == 0 || !AppliesTo(context))
        {
            await next(context);
            return;
        }
        if (key.Length > MaxKeyLength || key.Any(c => c is < (char)0x21 or > (char)0x7e))
        {
            throw new ValidationException([new ValidationFailure(HeaderName, KeyInvalid.Current)]);
        }

        var scope = context.CallerScope();
        var requestHash = await HashRequestAsync(context.Request);
        await using var unitOfWork = await session.BeginAsync(context.RequestAborted);
        var (locked, stored) = await TryLockAndFindAsync(session, scope, key, context.RequestAborted);
        if (!locked)
        {
            throw new ConflictException(InFlight, "idempotency-key-in-flight");
        }
        if (stored is not null)
        {
            if (!CryptographicOperations.FixedTimeEquals(stored.RequestHash, requestHash))
            {
                throw new BusinessRuleException(Reused, "idempotency-key-reused");
            }
            await ReplayAsync(context, stored);
            return;
        }

        var originalBody = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
            if (context.Response.StatusCode is >= 200 and < 300)
            {
                await SaveAsync(session, Capture(context, scope, key, requestHash, buffer), context.RequestAborted);
                await unitOfWork.CommitAsync(context.RequestAborted);
            }
            // Otherwise the transaction rolls back: nothing happened, and the key may be retried.
        }
        finally
        {
            context.Response.Body = originalBody;
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(originalBody, context.RequestAborted);
    }

    private static bool AppliesTo(HttpContext context) =>
        (HttpMethods.IsPost(context.Request.Method) || HttpMethods.IsPut(context.Request.Method))
        && context.GetEndpoint()?.Metadata.GetMetadata<IdempotentMetadata>() is not null;

    private static async Task<byte[]> HashRequestAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method}\n{request.Path}{request.QueryString}\n"));
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
            {
                hash.AppendData(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        request.Body.Position = 0;
        return hash.GetHashAndReset();
    }

    /// <summary>
    /// Takes the (caller, key) lock, then looks for a stored response, in one round trip: two
    /// statements of one batch, so the lookup's snapshot is taken after the lock is held and sees a
    /// response committed by whoever held it before.
    /// </summary>
    private async Task<(bool Locked, IdempotencyRecord? Stored)> TryLockAndFindAsync(DbSession session, string scope, string key, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(session.Connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0))") { Parameters = { new() { Value = LockName(scope, key) } } },
                new NpgsqlBatchCommand(
                    """
                    SELECT request_hash, status_code, content_type, location, e_tag, body
                    FROM platform.idempotency_records
                    WHERE scope = $1 AND key = $2 AND created_at > now() - $3
                    """)
                {
                    Parameters = { new() { Value = scope }, new() { Value = key }, new() { Value = options.Value.Retention } },
                },
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        if (!reader.GetBoolean(0))
        {
            return (false, null);
        }
        await reader.NextResultAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return (true, null);
        }
        return (true, new IdempotencyRecord
        {
            RequestHash = (byte[])reader[0],
            StatusCode = reader.GetInt32(1),
            ContentType = reader.IsDBNull(2) ? null : reader.GetString(2),
            Location = reader.IsDBNull(3) ? null : reader.GetString(3),
            ETag = reader.IsDBNull(4) ? null : reader.GetString(4),
            Body = (byte[])reader[5],
        });
    }

    /// <summary>The advisory-lock name of a (caller, key) pair.</summary>
    internal static string LockName(string scope, string key) => $"idempotency\n{scope}\n{key}";

    private static IdempotencyRecord Capture(HttpContext context, string scope, string key, byte[] requestHash, MemoryStream buffer) => new()
    {
        Scope = scope,
        Key = key,
        RequestHash = requestHash,
        StatusCode = context.Response.StatusCode,
        ContentType = context.Response.ContentType,
        Location = NullIfEmpty(context.Response.Headers.Location.ToString()),
        ETag = NullIfEmpty(context.Response.Headers.ETag.ToString()),
        Body = buffer.ToArray(),
    };

    private static async Task SaveAsync(DbSession session, IdempotencyRecord record, CancellationToken cancellationToken)
    {
        // An expired record with the same key is replaced; a live one cannot exist (we hold the lock).
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO platform.idempotency_records (scope, key, request_hash, status_code, content_type, location, e_tag, body, created_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())
            ON CONFLICT (scope, key) DO UPDATE SET request_hash = excluded.request_hash, status_code = excluded.status_code,
                content_type = excluded.content_type, location = excluded.location, e_tag = excluded.e_tag,
                body = excluded.body, created_at = excluded.created_at
            """, session.Connection);
        command.Parameters.AddWithValue(record.Scope);
        command.Parameters.AddWithValue(record.Key);
        command.Parameters.AddWithValue(record.RequestHash);
        command.Parameters.AddWithValue(record.StatusCode);
        command.Parameters.AddWithValue((object?)record.ContentType ?? DBNull.Value);
        command.Parameters.AddWithValue((object?)record.Location ?? DBNull.Value);
        command.Parameters.AddWithValue((object?)record.ETag ?? DBNull.Value);
        command.Parameters.AddWithValue(record.Body);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task ReplayAsync(HttpContext context, IdempotencyRecord stored)
    {
        var response = context.Response;
        response.StatusCode = stored.StatusCode;
        response.ContentType = stored.ContentType;
        if (stored.Location is not null)
        {
            response.Headers.Location = stored.Location;
        }
        if (stored.ETag is not null)
        {
            response.Headers.ETag = stored.ETag;
        }
        response.Headers[ReplayedHeader] = "true";
        await response.Body.WriteAsync(stored.Body, context.RequestAborted);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
