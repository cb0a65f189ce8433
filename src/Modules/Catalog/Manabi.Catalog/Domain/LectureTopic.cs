namespace Manabi.Catalog.Domain;

/// <summary>
/// A topic on the Chitose-gaku delivery-lecture menu (千歳学出前講座): what citizens, businesses or
/// city staff offer to teach when a group of citizens asks.
/// </summary>
internal sealed class LectureTopic
{
    private LectureTopic() { }

    public Guid Id { get; private set; }
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";
    public string FieldCode { get; private set; } = "";
    public List<Instructor> Instructors { get; private set; } = [];
    public int DurationMinutes { get; private set; }
    public int MinimumGroupSize { get; private set; }
    public int LeadTimeDays { get; private set; }
    public bool OnlinePossible { get; private set; }
    public bool Active { get; private set; }
    public bool IsDemo { get; private set; }
    public uint Version { get; private set; }

    public static LectureTopic Create(LectureTopicDetails details, DateTimeOffset now, bool isDemo = false)
    {
        var topic = new LectureTopic { Id = Guid.CreateVersion7(now), IsDemo = isDemo };
        topic.Update(details);
        return topic;
    }

    public void Update(LectureTopicDetails details)
    {
        Title = details.Title.Trim();
        Description = details.Description.Trim();
        FieldCode = details.FieldCode;
        Instructors = [.. details.Instructors];
        DurationMinutes = details.DurationMinutes;
        MinimumGroupSize = details.MinimumGroupSize;
        LeadTimeDays = details.LeadTimeDays;
        OnlinePossible = details.OnlinePossible;
        Active = details.Active;
    }

    /// <summary>The earliest date a lecture can be held for a request made on <paramref name="today"/>.</summary>
    public DateOnly EarliestDate(DateOnly today) => today.AddDays(LeadTimeDays);
}

internal sealed record LectureTopicDetails(
    string Title, string Description, string FieldCode, IReadOnlyList<Instructor> Instructors,
    int DurationMinutes, int MinimumGroupSize, int LeadTimeDays, bool OnlinePossible, bool Active);
