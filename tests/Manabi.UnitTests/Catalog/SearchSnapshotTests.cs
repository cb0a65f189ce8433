using Manabi.Catalog.Contracts;
using Manabi.Catalog.Features.Opportunities;
using Manabi.Catalog.Features.Search;
using Manabi.Catalog.Features.Search.SearchIndex;
using Manabi.Catalog.Features.Search.SearchOpportunities;

namespace Manabi.UnitTests.Catalog;

/// <summary>
/// The index's two plans (walking sessions in start order, or sorting the candidates) and its
/// changed documents must give the same pages as checking every document in turn.
/// </summary>
public sealed class SearchSnapshotTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] Words = ["千歳", "歴史", "史跡", "ちとせ", "自然", "体操", "入門", "講座", "it", "英会話"];
    // In few documents, so their posting lists are short ordinal lists rather than bitsets.
    private static readonly string[] RareWords = ["郷土史", "縄文"];
    private static readonly FieldTree Fields = new(new Dictionary<string, string?>
    {
        ["local-culture"] = null, ["local-culture.history"] = "local-culture", ["local-culture.chitose-gaku"] = "local-culture",
        ["arts"] = null, ["arts.music"] = "arts",
    });
    private static readonly Guid[] Venues = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];
    private static readonly Guid[] Providers = [Guid.NewGuid(), Guid.NewGuid()];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Both_plans_page_and_count_like_checking_every_document(int seed)
    {
        var random = new Random(seed);
        var documents = Enumerable.Range(0, 300).Select(_ => Document(random, Guid.NewGuid())).ToList();
        var snapshot = new SearchSnapshot(SearchSegment.Build(documents, Fields), Fields, 1);
        // Then: 60 changed, 20 no longer public, 40 new.
        var changes = documents.Take(60).Select(d => (d.Id, (SearchDocument?)Document(random, d.Id)))
            .Concat(documents.Skip(60).Take(20).Select(d => (d.Id, (SearchDocument?)null)))
            .Concat(Enumerable.Range(0, 40).Select(_ => Document(random, Guid.NewGuid())).Select(d => (d.Id, (SearchDocument?)d)))
            .ToList();
        snapshot = snapshot.With(changes, 2);
        var current = snapshot.Documents().ToList();
        Assert.Equal(320, current.Count);

        for (var i = 0; i < 300; i++)
        {
            var query = Query(random);
            var expected = Everything(query, current);
            Assert.Equal(expected, PageThrough(snapshot, query, walkAbove: 0));
            Assert.Equal(expected, PageThrough(snapshot, query, walkAbove: int.MaxValue));
            Assert.Equal(expected.Count, snapshot.Count(new SearchCriteria(query, Fields, Now)));
        }
    }

    [Fact]
    public void A_rebuilt_segment_holds_the_changes_it_folded_in()
    {
        var random = new Random(7);
        var documents = Enumerable.Range(0, 50).Select(_ => Document(random, Guid.NewGuid())).ToList();
        var snapshot = new SearchSnapshot(SearchSegment.Build(documents, Fields), Fields, 1)
            .With([(documents[0].Id, null), (documents[1].Id, Document(random, documents[1].Id))], 2);
        var rebuilt = new SearchSnapshot(SearchSegment.Build(snapshot.Documents(), Fields), Fields, snapshot.ChangeNumber);

        Assert.Equal(49, rebuilt.Segment.Documents.Length);
        Assert.DoesNotContain(rebuilt.Segment.Documents, d => d.Id == documents[0].Id);
        Assert.Same(snapshot.Changed[documents[1].Id], rebuilt.Segment.Documents.Single(d => d.Id == documents[1].Id));
    }

    [Theory]
    [InlineData("歴史", true)]
    [InlineData("史", true)]
    [InlineData("歳歴", false)] // never across a space
    [InlineData("𠮷", true)]    // outside the BMP: one character, not two surrogate halves
    [InlineData("𠮷野", true)]
    public void Words_are_indexed_by_their_characters_and_pairs_of_characters(string term, bool candidate)
    {
        var document = Document(new Random(1), Guid.NewGuid());
        document = new SearchDocument
        {
            Id = document.Id, ProviderId = document.ProviderId, ProviderName = "", Kind = document.Kind, Title = "", TitleKana = "",
            Fields = [], Audiences = [], Fee = null, StampRallyEligible = false, CreditsPerSession = 0,
            SearchText = "千歳 歴史 𠮷野", SearchTitleLength = 0, Sessions = [],
        };
        var segment = SearchSegment.Build([document], Fields);
        var query = new SearchOpportunitiesQuery { Q = term };

        Assert.Equal(candidate, segment.Candidates(new SearchCriteria(query, Fields, Now), enough: 0)!.Length == 1);
    }

    private static List<Guid> Everything(SearchOpportunitiesQuery query, List<SearchDocument> documents)
    {
        var criteria = new SearchCriteria(query, Fields, Now);
        var hits = documents.Where(criteria.MatchesOpportunity).Select(criteria.Hit).OfType<SearchHit>().ToList();
        hits.Sort(criteria.Compare);
        return hits.ConvertAll(h => h.Document.Id);
    }

    private static List<Guid> PageThrough(SearchSnapshot snapshot, SearchOpportunitiesQuery query, int walkAbove)
    {
        var ids = new List<Guid>();
        while (true)
        {
            var page = snapshot.Find(new SearchCriteria(query, Fields, Now), 6, walkAbove);
            ids.AddRange(page.Take(5).Select(h => h.Document.Id));
            if (page.Count <= 5) return ids;
            var last = page[4];
            query = query with
            {
                Cursor = SearchCursor.Format(query.ByRelevance, last.Document.Id,
                    last.NextStartTicks is { } t ? new DateTimeOffset(t, TimeSpan.Zero) : null, last.Rank),
            };
        }
    }

    private static SearchOpportunitiesQuery Query(Random random)
    {
        var terms = Enumerable.Range(0, random.Next(0, 3)).Select(_ => Words[random.Next(Words.Length)]).ToList();
        if (random.Next(3) == 0) terms.Add(RareWords[random.Next(RareWords.Length)]);
        if (random.Next(5) == 0) terms.Add(Words[random.Next(Words.Length)][..1]); // one character
        T? Sometimes<T>(T value) where T : struct => random.Next(4) == 0 ? value : null;
        var from = random.Next(3) == 0 ? Now.AddDays(random.Next(0, 20)) : (DateTimeOffset?)null;
        return new SearchOpportunitiesQuery
        {
            Q = string.Join(' ', terms),
            Field = random.Next(5) == 0 ? (random.Next(2) == 0 ? "local-culture" : "arts.music") : null,
            Audience = Sometimes(random.Next(2) == 0 ? Audience.Adults : Audience.Seniors),
            ProviderId = random.Next(8) == 0 ? Providers[random.Next(2)] : null,
            Kind = Sometimes(random.Next(2) == 0 ? OpportunityKind.Course : OpportunityKind.Lecture),
            From = from,
            To = random.Next(5) == 0 ? (from ?? Now).AddDays(random.Next(1, 30)) : null,
            Free = Sometimes(random.Next(2) == 0),
            StampRally = Sometimes(random.Next(2) == 0),
            VenueId = random.Next(10) == 0 ? Venues[random.Next(Venues.Length)] : null,
            Area = random.Next(8) == 0 ? "中央" : null,
            HasSeats = Sometimes(true),
            Sort = random.Next(3) == 0 ? "relevance" : "date",
        };
    }

    private static SearchDocument Document(Random random, Guid id)
    {
        string Text(int words) => string.Join("", Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));
        var title = Text(2);
        var sessions = Enumerable.Range(0, random.Next(0, 5)).Select(s =>
        {
            // Few distinct instants, some past: ties and sessions before `from` are common.
            var start = Now.AddDays(random.Next(-3, 30) / 2 * 2);
            var venue = random.Next(4) == 0 ? (Guid?)null : Venues[random.Next(Venues.Length)];
            int? seats = random.Next(3) switch { 0 => 0, 1 => null, _ => 5 };
            var summary = venue is { } id ? new VenueSummary(id, "会場", "千歳市", id == Venues[0] ? "中央" : "北部", null, null) : null;
            return new SearchSession(Guid.NewGuid(), $"s{s}", start.UtcTicks, start.AddHours(2).UtcTicks, summary, null, 30, seats, null);
        }).OrderBy(s => s.StartsAtTicks).ToArray();
        return new SearchDocument
        {
            Id = id, ProviderId = Providers[random.Next(2)], ProviderName = "団体", Kind = random.Next(2) == 0 ? OpportunityKind.Course : OpportunityKind.Lecture,
            Title = title, TitleKana = "", Fields = [random.Next(3) switch { 0 => "local-culture.history", 1 => "local-culture.chitose-gaku", _ => "arts.music" }],
            Audiences = random.Next(2) == 0 ? [Audience.Adults] : [Audience.Adults, Audience.Seniors],
            Fee = random.Next(2) == 0 ? null : 500, StampRallyEligible = random.Next(2) == 0, CreditsPerSession = 1,
            SearchText = $"{title} {Text(3)}{(random.Next(30) == 0 ? RareWords[random.Next(RareWords.Length)] : "")}", SearchTitleLength = title.Length, Sessions = sessions,
        };
    }
}
