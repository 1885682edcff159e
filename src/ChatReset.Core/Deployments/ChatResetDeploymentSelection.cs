namespace ChatReset.Core.Deployments;

/// <summary>Why a page got its deployment, from the strongest rule to the weakest.</summary>
public enum ChatResetDeploymentReason
{
    /// <summary>A Chat widget on the page asks for it.</summary>
    WidgetChoice,

    /// <summary>Its path prefix is the longest that matches the page's path.</summary>
    PathPrefix,

    /// <summary>A Chat widget on the page sits on one of its layers.</summary>
    Layer,

    /// <summary>It lists the page's culture, or a parent of it.</summary>
    Culture,

    /// <summary>No rule matched: the site's default deployment.</summary>
    Default,
}

/// <summary>What a page tells the selection about itself.</summary>
/// <param name="Path">The site-relative path (no path base, no query), e.g. <c>/support/orders</c>.</param>
/// <param name="Culture">The culture the page is rendered in, e.g. <c>fr-CA</c>.</param>
/// <param name="WidgetLayers">The layers of the Chat widgets on the page (none in plain ASP.NET Core).</param>
/// <param name="RequestedDeployments">The deployments Chat widgets on the page ask for by name (none in plain ASP.NET Core).</param>
public sealed record ChatResetDeploymentPage(
    string? Path,
    string? Culture,
    IReadOnlyList<string>? WidgetLayers = null,
    IReadOnlyList<string>? RequestedDeployments = null);

/// <summary>The deployment a page uses and why.</summary>
/// <param name="Index">Its index in the list given to <see cref="ChatResetDeploymentSelection.Choose"/>; -1 for the default deployment.</param>
/// <param name="Name">Its name; <see cref="ChatResetDeploymentSelection.DefaultName"/> for the default deployment.</param>
/// <param name="Reason">The rule that chose it.</param>
/// <param name="Matched">What matched: the widget's request, the prefix, the layer or the culture; null for the default.</param>
/// <param name="Contested">Chat widgets on the page asked for more than one deployment, so some did not get theirs.</param>
public sealed record ChatResetDeploymentChoice(int Index, string Name, ChatResetDeploymentReason Reason, string? Matched, bool Contested)
{
    /// <summary>The default deployment, chosen because nothing else matched.</summary>
    public static ChatResetDeploymentChoice Default { get; } =
        new(-1, ChatResetDeploymentSelection.DefaultName, ChatResetDeploymentReason.Default, null, Contested: false);

    /// <summary>True for the site's default deployment.</summary>
    public bool IsDefault => Index < 0;
}

/// <summary>
/// Which deployment a page uses. Salesforce's bootstrap is initialised once per page load, so a page always uses
/// exactly one deployment, chosen by the first of these rules that matches:
/// <list type="number">
/// <item>a Chat widget on the page asks for it by name;</item>
/// <item>its path prefix is the longest one matching the page's path (on whole segments, case-insensitively);</item>
/// <item>a Chat widget on the page sits on one of its layers;</item>
/// <item>it lists the page's culture (the exact name first, then each parent: <c>fr-CA</c>, then <c>fr</c>);</item>
/// <item>otherwise the default deployment.</item>
/// </list>
/// Ties at any rule go to the deployment the administrator listed first (the default deployment comes before every
/// additional one), so the choice does not depend on the order in which widgets render.
/// </summary>
public static class ChatResetDeploymentSelection
{
    /// <summary>The default deployment's name, which no additional deployment may take.</summary>
    public const string DefaultName = "Default";

    /// <summary>The deployment <paramref name="page"/> uses among <paramref name="deployments"/> (in the administrator's order).</summary>
    public static ChatResetDeploymentChoice Choose(IReadOnlyList<ChatResetDeployment> deployments, ChatResetDeploymentPage page)
    {
        ArgumentNullException.ThrowIfNull(deployments);
        ArgumentNullException.ThrowIfNull(page);

        // Most sites have one deployment: every page gets it, whatever a widget asks for.
        if (deployments.Count == 0)
        {
            return ChatResetDeploymentChoice.Default;
        }

        return ByWidgetChoice(deployments, page.RequestedDeployments ?? [])
            ?? ByPathPrefix(deployments, page.Path)
            ?? ByLayer(deployments, page.WidgetLayers ?? [])
            ?? ByCulture(deployments, page.Culture)
            ?? ChatResetDeploymentChoice.Default;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="prefix"/> or lies under it, on a segment boundary.</summary>
    public static bool PathIsUnder(string path, string prefix)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(prefix);

        var trimmed = prefix.TrimEnd('/');
        return path.StartsWith(trimmed, StringComparison.OrdinalIgnoreCase)
            && (path.Length == trimmed.Length || path[trimmed.Length] == '/');
    }

    private static ChatResetDeploymentChoice? ByWidgetChoice(IReadOnlyList<ChatResetDeployment> deployments, IReadOnlyList<string> requested)
    {
        // Only names that still exist count: a widget may name a deployment removed since it was saved.
        var known = requested
            .Select(name => IsDefault(name) ? -1 : IndexOf(deployments, name))
            .Where(index => index >= -1)
            .Distinct()
            .Order()
            .ToList();
        if (known.Count == 0)
        {
            return null;
        }

        var index = known[0];
        var name = index < 0 ? DefaultName : deployments[index].Name!;
        return new ChatResetDeploymentChoice(index, name, ChatResetDeploymentReason.WidgetChoice, name, Contested: known.Count > 1);
    }

    private static ChatResetDeploymentChoice? ByPathPrefix(IReadOnlyList<ChatResetDeployment> deployments, string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        (int Index, string Prefix)? best = null;
        for (var index = 0; index < deployments.Count; index++)
        {
            foreach (var prefix in deployments[index].PathPrefixes)
            {
                // Strictly longer: at equal length the earlier deployment keeps it.
                if (!string.IsNullOrEmpty(prefix) && PathIsUnder(path, prefix)
                    && (best is null || prefix.TrimEnd('/').Length > best.Value.Prefix.TrimEnd('/').Length))
                {
                    best = (index, prefix);
                }
            }
        }

        return best is { } found ? Chosen(deployments, found.Index, ChatResetDeploymentReason.PathPrefix, found.Prefix) : null;
    }

    private static ChatResetDeploymentChoice? ByLayer(IReadOnlyList<ChatResetDeployment> deployments, IReadOnlyList<string> layers)
    {
        for (var index = 0; index < deployments.Count; index++)
        {
            if (deployments[index].Layers.FirstOrDefault(layer => layers.Contains(layer, StringComparer.OrdinalIgnoreCase)) is { } layer)
            {
                return Chosen(deployments, index, ChatResetDeploymentReason.Layer, layer);
            }
        }

        return null;
    }

    private static ChatResetDeploymentChoice? ByCulture(IReadOnlyList<ChatResetDeployment> deployments, string? culture)
    {
        if (string.IsNullOrEmpty(culture))
        {
            return null;
        }

        foreach (var name in (string[])[culture, .. ChatResetCultures.ParentsOf(culture)])
        {
            for (var index = 0; index < deployments.Count; index++)
            {
                if (deployments[index].Cultures.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    return Chosen(deployments, index, ChatResetDeploymentReason.Culture, name);
                }
            }
        }

        return null;
    }

    private static ChatResetDeploymentChoice Chosen(IReadOnlyList<ChatResetDeployment> deployments, int index, ChatResetDeploymentReason reason, string matched)
        => new(index, deployments[index].Name!, reason, matched, Contested: false);

    private static bool IsDefault(string? name) => string.Equals(name, DefaultName, StringComparison.OrdinalIgnoreCase);

    private static int IndexOf(IReadOnlyList<ChatResetDeployment> deployments, string? name)
    {
        for (var index = 0; index < deployments.Count; index++)
        {
            if (string.Equals(deployments[index].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return index;
            }
        }

        return -2;
    }
}
