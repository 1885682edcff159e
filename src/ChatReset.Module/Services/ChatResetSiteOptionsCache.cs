using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using OrchardCore.Settings;

namespace ChatReset.Module.Services;

/// <summary>
/// The tenant's answers of <see cref="IChatResetSiteOptions"/>, per site-settings instance and culture. Orchard Core
/// hands every request the same cached <see cref="ISite"/> until the settings change, and then a new one: keyed on that
/// instance, the options are read, resolved and validated once per settings change and culture, and the answers of an
/// old instance go with it. The answers are shared: never change them.
/// </summary>
internal sealed class ChatResetSiteOptionsCache
{
    private readonly ConditionalWeakTable<ISite, ConcurrentDictionary<string, ChatResetSiteOptionsResult>> _bySite = [];

    public ConcurrentDictionary<string, ChatResetSiteOptionsResult> For(ISite site)
        => _bySite.GetValue(site, static _ => new ConcurrentDictionary<string, ChatResetSiteOptionsResult>(StringComparer.OrdinalIgnoreCase));
}
