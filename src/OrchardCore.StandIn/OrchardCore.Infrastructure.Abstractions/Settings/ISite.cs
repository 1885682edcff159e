using OrchardCore.Entities;

namespace OrchardCore.Settings;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Infrastructure.Abstractions/Settings/ISite.cs
// Only the members ChatReset touches; the real interface has many more site-wide properties.
public interface ISite : IEntity
{
    string SiteName { get; set; }
}
