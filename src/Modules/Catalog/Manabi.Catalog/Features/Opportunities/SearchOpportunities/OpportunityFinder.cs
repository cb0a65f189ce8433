using System.Text;
using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Manabi.Catalog.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Manabi.Catalog.Features.Opportunities.SearchOpportunities;

/// <summary>
/// Finds public opportunities matching search criteria, in the requested order, with keyset
/// paging. Keywords use the n-gram GIN index, then an exact check on the folded text.
/// </summary>
internal sealed class OpportunityFinder(CatalogDbContext db)
{
    public async Task<List<(Guid Id, DateTimeOffset? NextStart, int Rank)>> FindAsync(
        SearchOpportunitiesQuery query, DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        var fields = await ExpandFieldAsync(query.Field, cancellationToken);
        await using var command = Build(query, fields, now, limit);
        command.Connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var found = new List<(Guid Id, DateTimeOffset? NextStart, int Rank)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add((reader.GetGuid(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1), reader.GetInt32(2)));
        }
        return found;
    }

    // A top-level field matches its sub-fields too.
    private async Task<string[]?> ExpandFieldAsync(string? field, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(field) ? null
            : await db.Fields.AsNoTracking().Where(f => f.Code == field || f.ParentCode == field).Select(f => f.Code).ToArrayAsync(cancellationToken) is { Length: > 0 } codes
                ? codes : [field];

    private static NpgsqlCommand Build(SearchOpportunitiesQuery q, string[]? fields, DateTimeOffset now, int limit)
    {
        var command = new NpgsqlCommand();
        string P(object value, NpgsqlDbType? type = null)
        {
            // Callers send Japan-time offsets; timestamptz parameters must be UTC.
            value = value is DateTimeOffset instant ? instant.ToUniversalTime() : value;
            var parameter = type is { } t ? new NpgsqlParameter { Value = value, NpgsqlDbType = t } : new NpgsqlParameter { Value = value };
            command.Parameters.Add(parameter);
            return $"${command.Parameters.Count}";
        }

        var where = new StringBuilder("o.status = 'Published' AND p.status = 'Approved'");
        var rank = new List<string>();
        foreach (var term in Terms(q.Q))
        {
            var like = P($"%{EscapeLike(term)}%");
            where.Append($" AND o.search_grams @> {P(JapaneseText.TermGrams(term).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text)} AND o.search_text LIKE {like}");
            rank.Add($"(o.search_title LIKE {like})::int");
        }
        if (fields is not null) where.Append($" AND o.fields && {P(fields, NpgsqlDbType.Array | NpgsqlDbType.Text)}");
        if (q.Audience is { } audience) where.Append($" AND {P(audience.ToString())} = ANY(o.audiences)");
        if (q.ProviderId is { } provider) where.Append($" AND o.provider_id = {P(provider)}");
        if (q.Kind is { } kind) where.Append($" AND o.kind = {P(kind.ToString())}");
        if (q.Free == true) where.Append(" AND o.fee IS NULL");
        if (q.Free == false) where.Append(" AND o.fee IS NOT NULL");
        if (q.StampRally is { } stampRally) where.Append($" AND o.stamp_rally_eligible = {P(stampRally)}");

        var sessions = new StringBuilder($"s.opportunity_id = o.id AND s.status = 'Scheduled' AND s.starts_at >= {P(q.From ?? now)}");
        if (q.To is { } to) sessions.Append($" AND s.starts_at < {P(to)}");
        if (q.VenueId is { } venue) sessions.Append($" AND s.venue_id = {P(venue)}");
        if (q.Area is { } area) sessions.Append($" AND s.venue_id IN (SELECT v.id FROM catalog.venues v WHERE v.area = {P(area)})");
        if (q.HasSeats == true) sessions.Append(" AND (s.seats_remaining IS NULL OR s.seats_remaining > 0)");

        var outer = new StringBuilder(q.FiltersSessions ? "r.next_start IS NOT NULL" : "TRUE");
        if (q.Cursor is not null && SearchCursor.TryParse(q.Cursor, q.ByRelevance, out var cursor))
        {
            outer.Append(q.ByRelevance
                ? $" AND (r.rank < {P(cursor.Rank)} OR (r.rank = {P(cursor.Rank)} AND r.id > {P(cursor.Id)}))"
                : cursor.NextStart is { } start
                    ? $" AND (r.next_start > {P(start)} OR (r.next_start = {P(start)} AND r.id > {P(cursor.Id)}) OR r.next_start IS NULL)"
                    : $" AND r.next_start IS NULL AND r.id > {P(cursor.Id)}");
        }
        var order = q.ByRelevance ? "r.rank DESC, r.id" : "r.next_start ASC NULLS LAST, r.id";
        command.CommandText = $"""
            SELECT r.id, r.next_start, r.rank FROM (
                SELECT o.id,
                       (SELECT min(s.starts_at) FROM catalog.sessions s WHERE {sessions}) AS next_start,
                       {(rank.Count == 0 ? "0" : string.Join(" + ", rank))} AS rank
                FROM catalog.learning_opportunities o
                JOIN catalog.providers p ON p.id = o.provider_id
                WHERE {where}
            ) r
            WHERE {outer}
            ORDER BY {order}
            LIMIT {P(limit)}
            """;
        return command;
    }

    private static IEnumerable<string> Terms(string? q) =>
        JapaneseText.Normalize(q).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(5);

    private static string EscapeLike(string term) => term.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
