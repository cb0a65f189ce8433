using Manabi.BuildingBlocks.Contracts;
using Manabi.Catalog.Contracts;

namespace Manabi.Catalog.Domain;

/// <summary>
/// An organization that offers learning opportunities (学習機会提供者). Registered by staff,
/// pending until approved; only approved providers' opportunities are public.
/// </summary>
internal sealed class Provider
{
    private Provider() { }

    public Guid Id { get; private set; }
    public ProviderKind Kind { get; private set; }
    public string Name { get; private set; } = "";
    public string NameKana { get; private set; } = "";
    public string? NameEn { get; private set; }
    public string? ContactEmail { get; private set; }
    public string? ContactPhone { get; private set; }
    public ProviderStatus Status { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>Set for the demonstration catalog that build/run.sh seeds.</summary>
    public bool IsDemo { get; private set; }

    /// <summary>PostgreSQL row version (xmin): the ETag.</summary>
    public uint Version { get; private set; }

    public static Provider Register(ProviderProfile profile, DateTimeOffset now, bool isDemo = false)
    {
        var provider = new Provider
        {
            Id = Guid.CreateVersion7(now),
            Status = ProviderStatus.Pending,
            RegisteredAt = now,
            IsDemo = isDemo,
        };
        provider.Update(profile);
        return provider;
    }

    public void Update(ProviderProfile profile)
    {
        Kind = profile.Kind;
        Name = profile.Name.Trim();
        NameKana = profile.NameKana.Trim();
        NameEn = profile.NameEn.NullIfBlank();
        ContactEmail = profile.ContactEmail.NullIfBlank();
        ContactPhone = profile.ContactPhone.NullIfBlank();
    }

    /// <summary>Staff approve a pending (or reinstate a suspended) provider; its opportunities become public.</summary>
    public bool Approve()
    {
        var changed = Status != ProviderStatus.Approved;
        Status = ProviderStatus.Approved;
        return changed;
    }

    /// <summary>Suspension hides the provider's opportunities and stops its API keys.</summary>
    public bool Suspend()
    {
        var changed = Status != ProviderStatus.Suspended;
        Status = ProviderStatus.Suspended;
        return changed;
    }

    public bool IsBoardOfEducation => Kind == ProviderKind.BoardOfEducation;

    /// <summary>Partner keys of a suspended provider stop working.</summary>
    public bool MayUseApi => Status != ProviderStatus.Suspended;

    }

/// <summary>The descriptive fields of a provider, as staff enter them.</summary>
internal sealed record ProviderProfile(ProviderKind Kind, string Name, string NameKana, string? NameEn, string? ContactEmail, string? ContactPhone);
