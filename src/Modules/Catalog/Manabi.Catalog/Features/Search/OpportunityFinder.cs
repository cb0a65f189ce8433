using System.Text;
using Manabi.BuildingBlocks.Data;
using Manabi.Catalog.Data;
using Manabi.Catalog.Domain;
using Manabi.Catalog.Features.Opportunities;
using Manabi.Catalog.Features.Search.SearchIndex;
using Manabi.Catalog.Features.Search.SearchOpportunities;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Manabi.Catalog.Features.Search;

/// <summary>
/// Finds public opportunities matching search criteria, in order, with keyset paging.
/// Date order (the default) has two plans, because the best one depends on how many match:
/// a selective query (a rare keyword, one provider) takes its few candidates from the indexes and
/// sorts them by next session; anything broader walks sessions in start order from <c>from</c> and
/// stops after one page, keeping each opportunity's first matching session only. In date order an
/// opportunity needs a scheduled session on or after <c>from</c>.
/// </summary>
internal sealed class OpportunityFinder(CatalogDbContext db)
{
    /// <summary>Above this many candidates the session walk is cheaper than sorting them all.</summary>
    internal const int SelectiveLimit = 300;

    public async Task<List<Found>> FindAsync(SearchOpportunitiesQuery query, DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        var fields = await SearchDocumentLoader.FieldsAsync(db, cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        return await FindAsync((NpgsqlConnection)db.Database.GetDbConnection(), query, fields, now, limit, cancellationToken);
    }

    /// <summary>The search on any connection (the benchmark runs it on a raw one to measure API overhead).</summary>
    internal static async Task<List<Found>> FindAsync(NpgsqlConnection connection, SearchOpportunitiesQuery query, FieldTree fields,
        DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        var criteria = new SqlCriteria(query, string.IsNullOrWhiteSpace(query.Field) ? null : fields.Expand(query.Field), now);
        if (query.ByRelevance)
        {
            return await ReadAsync(connection, criteria.ByRelevance(limit), cancellationToken);
        }
        if (criteria.IsSelective)
        {
            // One statement: the page among the candidates, or a single marker row (id null) when there are too many.
            var page = await ReadAsync(connection, criteria.ByDateAmongCandidates(SelectiveLimit, limit), cancellationToken);
            if (page is not [{ Id: null }])
            {
                return page;
            }
        }
        return query.Cursor is null
            ? await FirstPageWalkingSessionsAsync(connection, criteria, limit, cancellationToken)
            : await ReadAsync(connection, criteria.ByDateWalkingSessions(limit), cancellationToken);
    }

    /// <summary>
    /// The first page needs no check that a session is its opportunity's first match: walking in
    /// start order, the first time an opportunity turns up is that session. Later sessions of the
    /// same opportunity are skipped here, in chunks, instead of costing every row an index probe.
    /// </summary>
    private static async Task<List<Found>> FirstPageWalkingSessionsAsync(NpgsqlConnection connection, SqlCriteria criteria, int limit, CancellationToken cancellationToken)
    {
        var chunk = limit * 2;
        var page = new List<Found>(limit);
        var seen = new HashSet<Guid>();
        (DateTimeOffset Start, Guid Opportunity)? after = null;
        while (true)
        {
            var sessions = await ReadAsync(connection, criteria.WalkingMatchingSessions(chunk, after), cancellationToken);
            foreach (var session in sessions.Where(s => seen.Add(s.Id!.Value)))
            {
                page.Add(session);
                if (page.Count == limit)
                {
                    return page;
                }
            }
            if (sessions.Count < chunk)
            {
                return page;
            }
            after = (sessions[^1].NextStart!.Value, sessions[^1].Id!.Value);
        }
    }

    internal sealed record Found(Guid? Id, DateTimeOffset? NextStart, int Rank);

    private static async Task<List<Found>> ReadAsync(NpgsqlConnection connection, NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var _ = command;
        command.Connection = connection;
        var found = new List<Found>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(new Found(reader.IsDBNull(0) ? null : reader.GetGuid(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1), reader.GetInt32(2)));
        }
        return found;
    }

    /// <summary>The WHERE fragments of a search, with their parameters, for each plan.</summary>
    private sealed class SqlCriteria
    {
        private readonly List<NpgsqlParameter> _parameters = [];
        private readonly string _opportunity;
        private readonly string _opportunityRow;
        private readonly string _rank;
        private readonly SearchOpportunitiesQuery _query;
        private readonly bool _hasKeyword;

        public SqlCriteria(SearchOpportunitiesQuery q, string[]? fields, DateTimeOffset now)
        {
            _query = q;
            var where = new StringBuilder(PublicVisibility.Sql);
            var grams = new StringBuilder();
            var rank = new List<string>();
            foreach (var term in q.Terms)
            {
                var like = P(LikePattern.Containing(term));
                grams.Append($" AND o.search_grams @> {P(JapaneseText.TermGrams(term).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text)}");
                where.Append($" AND o.search_text LIKE {like}");
                rank.Add($"(o.search_title LIKE {like})::int");
                _hasKeyword = true;
            }
            if (fields is not null) where.Append($" AND o.fields && {P(fields, NpgsqlDbType.Array | NpgsqlDbType.Text)}");
            if (q.Audience is { } audience) where.Append($" AND {P(audience.ToString())} = ANY(o.audiences)");
            if (q.ProviderId is { } provider) where.Append($" AND o.provider_id = {P(provider)}");
            if (q.Kind is { } kind) where.Append($" AND o.kind = {P(kind.ToString())}");
            if (q.Free == true) where.Append(" AND o.fee IS NULL");
            if (q.Free == false) where.Append(" AND o.fee IS NOT NULL");
            if (q.StampRally is { } stampRally) where.Append($" AND o.stamp_rally_eligible = {P(stampRally)}");
            // LIKE alone decides a match; the grams only let the GIN index find candidates. A plan
            // that checks opportunities one by one leaves them out: the arrays are large (about
            // 1 KB) and unpacking them per row doubled the walk's time.
            _opportunityRow = where.ToString();
            _opportunity = _opportunityRow + grams;
            _rank = rank.Count == 0 ? "0" : string.Join(" + ", rank);
            From = P(q.From ?? now);
            Session = SessionFilter("s");
        }

        private string From { get; }

        /// <summary>Conditions a session must meet to count as the opportunity's next one.</summary>
        private string Session { get; }

        public bool IsSelective => _hasKeyword || _query.ProviderId is not null;

        public NpgsqlCommand ByDateAmongCandidates(int maxCandidates, int limit) => Finish($"""
            WITH candidates AS MATERIALIZED (
                SELECT o.id FROM catalog.learning_opportunities o JOIN catalog.providers p ON p.id = o.provider_id
                WHERE {_opportunity} LIMIT {P(maxCandidates + 1)}
            ), too_many AS (SELECT count(*) > {P(maxCandidates)} AS yes FROM candidates)
            SELECT NULL::uuid, NULL::timestamptz, 0 FROM too_many WHERE yes
            UNION ALL (
                SELECT r.id, r.next_start, 0 FROM (
                    SELECT c.id, (SELECT min(s.starts_at) FROM catalog.sessions s WHERE s.opportunity_id = c.id AND {Session}) AS next_start
                    FROM candidates c WHERE NOT (SELECT yes FROM too_many)
                ) r
                WHERE r.next_start IS NOT NULL {DateKeyset("r.next_start", "r.id")}
                ORDER BY r.next_start, r.id
                LIMIT {P(limit)})
            """);

        /// <summary>Each opportunity once, at its first matching session, after the cursor.</summary>
        public NpgsqlCommand ByDateWalkingSessions(int limit) =>
            WalkingSessions(limit, DateKeyset("s.starts_at", "s.opportunity_id"), firstOfEachOpportunity: true);

        /// <summary>Matching sessions in page order, every one (several may share an opportunity).</summary>
        public NpgsqlCommand WalkingMatchingSessions(int limit, (DateTimeOffset Start, Guid Opportunity)? after) =>
            WalkingSessions(limit, after is { } a ? $" AND (s.starts_at, s.opportunity_id) > ({P(a.Start)}, {P(a.Opportunity)})" : "", firstOfEachOpportunity: false);

        // The opportunity is checked per session inside LATERAL ... OFFSET 0, which the planner cannot
        // flatten: it must stream sessions in start order and stop after one page, instead of
        // collecting every match and sorting (measured: 40–65 ms → see README, Decisions).
        private NpgsqlCommand WalkingSessions(int limit, string keyset, bool firstOfEachOpportunity) => Finish($"""
            SELECT s.opportunity_id, s.starts_at, 0
            FROM catalog.sessions s
            CROSS JOIN LATERAL (
                SELECT 1 FROM catalog.learning_opportunities o JOIN catalog.providers p ON p.id = o.provider_id
                WHERE o.id = s.opportunity_id AND {_opportunityRow} OFFSET 0) matching
            WHERE {Session} {keyset}
              {(firstOfEachOpportunity ? $"""
                AND NOT EXISTS (SELECT 1 FROM catalog.sessions e WHERE e.opportunity_id = s.opportunity_id AND {SessionFilter("e")}
                                AND (e.starts_at, e.id) < (s.starts_at, s.id))
                """ : "")}
            ORDER BY s.starts_at, s.opportunity_id
            LIMIT {P(limit)}
            """);

        public NpgsqlCommand ByRelevance(int limit)
        {
            var keyset = _query.Cursor is not null && SearchCursor.TryParse(_query.Cursor, true, out var c)
                ? $" AND (r.rank < {P(c.Rank)} OR (r.rank = {P(c.Rank)} AND r.id > {P(c.Id)}))" : "";
            return Finish($"""
                SELECT r.id, r.next_start, r.rank FROM (
                    SELECT o.id, (SELECT min(s.starts_at) FROM catalog.sessions s WHERE s.opportunity_id = o.id AND {Session}) AS next_start,
                           {_rank} AS rank
                    FROM catalog.learning_opportunities o JOIN catalog.providers p ON p.id = o.provider_id
                    WHERE {_opportunity}
                ) r
                WHERE {(_query.FiltersSessions ? "r.next_start IS NOT NULL" : "TRUE")} {keyset}
                ORDER BY r.rank DESC, r.id
                LIMIT {P(limit)}
                """);
        }

        private string SessionFilter(string s)
        {
            var where = new StringBuilder($"{s}.status = 'Scheduled' AND {s}.starts_at >= {From}");
            if (_query.To is { } to) where.Append($" AND {s}.starts_at < {P(to)}");
            if (_query.VenueId is { } venue) where.Append($" AND {s}.venue_id = {P(venue)}");
            if (_query.Area is { } area) where.Append($" AND {s}.venue_id IN (SELECT v.id FROM catalog.venues v WHERE v.area = {P(area)})");
            if (_query.HasSeats == true) where.Append($" AND ({s}.seats_remaining IS NULL OR {s}.seats_remaining > 0)");
            return where.ToString();
        }

        private string DateKeyset(string start, string id) =>
            _query.Cursor is not null && SearchCursor.TryParse(_query.Cursor, false, out var c) && c.NextStart is { } after
                ? $" AND ({start}, {id}) > ({P(after)}, {P(c.Id)})" : "";

        private NpgsqlCommand Finish(string sql)
        {
            var command = new NpgsqlCommand(sql);
            foreach (var parameter in _parameters)
            {
                command.Parameters.Add(parameter.Clone());
            }
            return command;
        }

        private string P(object value, NpgsqlDbType? type = null)
        {
            // Callers send Japan-time offsets; timestamptz parameters must be UTC.
            value = value is DateTimeOffset instant ? instant.ToUniversalTime() : value;
            var parameter = type is { } t ? new NpgsqlParameter { Value = value, NpgsqlDbType = t } : new NpgsqlParameter { Value = value };
            _parameters.Add(parameter);
            return $"${_parameters.Count}";
        }
    }
}
