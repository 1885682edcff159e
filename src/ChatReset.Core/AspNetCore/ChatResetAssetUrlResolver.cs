using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ChatReset.Core.Rendering;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace ChatReset.Core.AspNetCore;

/// <summary>
/// Finds the URLs a request links ChatReset's script and stylesheet with: the fingerprinted URLs when the host serves
/// its static web assets with <c>MapStaticAssets()</c> (so that browsers may cache them for a year), otherwise the
/// plain ones, which <c>UseStaticFiles()</c> serves. Always under the request's path base.
/// </summary>
/// <remarks>
/// Where the fingerprints come from, in the order ASP.NET Core's own tag helpers use:
/// <list type="number">
/// <item>the <see cref="ResourceAssetCollection"/> on the request's endpoint (endpoints mapped with
/// <c>.WithStaticAssets()</c>, as the .NET templates do), as <c>asp-append-version</c> does;</item>
/// <item>otherwise the <see cref="StaticAssetDescriptor"/>s of the application's endpoints, read once: a host that
/// called <c>MapStaticAssets()</c> but not <c>.WithStaticAssets()</c> on its pages still gets fingerprinted URLs;</item>
/// <item>otherwise the host's <see cref="IFileVersionProvider"/>, when it has one (MVC registers it; Orchard Core
/// registers its own, which knows module and library assets): the plain URL with <c>?v={hash}</c>, what
/// <c>asp-append-version</c> writes, so that an upgrade reaches browsers at once.</item>
/// </list>
/// The result is cached per path base and asset collection, so a request pays one dictionary lookup.
/// </remarks>
internal sealed class ChatResetAssetUrlResolver
{
    private const int MaxCachedEntries = 64;
    private static readonly string ScriptLabel = LabelOf(ChatResetAssets.ScriptFile);
    private static readonly string StylesheetLabel = LabelOf(ChatResetAssets.StylesheetFile);
    private static readonly string FeaturesScriptLabel = LabelOf(ChatResetAssets.FeaturesScriptFile);

    private readonly ConcurrentDictionary<UrlsKey, ChatResetAssetUrls> _cache = new();
    private FingerprintedRoutes? _applicationRoutes;

    public ChatResetAssetUrls Resolve(HttpContext httpContext)
    {
        var assets = httpContext.GetEndpoint()?.Metadata.GetMetadata<ResourceAssetCollection>();
        var pathBase = httpContext.Request.PathBase;
        var key = new UrlsKey(pathBase.Value ?? string.Empty, assets);
        if (_cache.TryGetValue(key, out var urls))
        {
            return urls;
        }

        if (_cache.Count >= MaxCachedEntries)
        {
            _cache.Clear();
        }

        var routes = assets is null
            ? _applicationRoutes ??= FingerprintedRoutes.Of(httpContext.RequestServices?.GetService<EndpointDataSource>())
            : FingerprintedRoutes.Of(assets);
        // The URI form keeps a path base such as "/my shop" a valid URL (PathString holds it unescaped).
        var prefix = pathBase.ToUriComponent() + "/";
        urls = new ChatResetAssetUrls(
            prefix + (routes.Script ?? ScriptLabel), prefix + (routes.Stylesheet ?? StylesheetLabel), prefix + (routes.FeaturesScript ?? FeaturesScriptLabel));
        if (routes is { Script: null, Stylesheet: null, FeaturesScript: null }
            && httpContext.RequestServices?.GetService<IFileVersionProvider>() is { } versions)
        {
            urls = new ChatResetAssetUrls(
                versions.AddFileVersionToPath(pathBase, urls.Script),
                versions.AddFileVersionToPath(pathBase, urls.Stylesheet),
                versions.AddFileVersionToPath(pathBase, urls.FeaturesScript));
        }

        return _cache.GetOrAdd(key, urls);
    }

    /// <summary>How static web assets name a file of this library: its URL path without the leading slash.</summary>
    private static string LabelOf(string file) => $"{ChatResetAssets.BasePath[1..]}/{file}";

    /// <summary>The fingerprinted routes of the scripts and the stylesheet, or null where there are none.</summary>
    private sealed record FingerprintedRoutes(string? Script, string? Stylesheet, string? FeaturesScript)
    {
        public static FingerprintedRoutes Of(ResourceAssetCollection assets) =>
            new(
                Fingerprinted(assets[ScriptLabel], ScriptLabel),
                Fingerprinted(assets[StylesheetLabel], StylesheetLabel),
                Fingerprinted(assets[FeaturesScriptLabel], FeaturesScriptLabel));

        /// <summary>
        /// Reads the descriptors <c>MapStaticAssets()</c> puts on its endpoints: the fingerprinted endpoint of a file is
        /// the one whose <c>label</c> property names the file and that is not an alternative (compressed) representation.
        /// </summary>
        public static FingerprintedRoutes Of(EndpointDataSource? endpoints)
        {
            string? script = null, stylesheet = null, featuresScript = null;
            foreach (var endpoint in endpoints?.Endpoints ?? [])
            {
                if (endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is not { Selectors.Count: 0 } descriptor)
                {
                    continue;
                }

                var label = descriptor.Properties.FirstOrDefault(p => p.Name == "label")?.Value;
                if (label == ScriptLabel)
                {
                    script = Fingerprinted(descriptor.Route, label);
                }
                else if (label == StylesheetLabel)
                {
                    stylesheet = Fingerprinted(descriptor.Route, label);
                }
                else if (label == FeaturesScriptLabel)
                {
                    featuresScript = Fingerprinted(descriptor.Route, label);
                }
            }

            return new FingerprintedRoutes(script, stylesheet, featuresScript);
        }

        private static string? Fingerprinted(string route, string label) =>
            string.Equals(route, label, StringComparison.Ordinal) ? null : route;
    }

    /// <summary>A path base and an asset collection, the collection compared by identity (each endpoint shares one).</summary>
    private readonly record struct UrlsKey(string PathBase, ResourceAssetCollection? Assets)
    {
        public bool Equals(UrlsKey other) =>
            ReferenceEquals(Assets, other.Assets) && string.Equals(PathBase, other.PathBase, StringComparison.Ordinal);

        public override int GetHashCode() => HashCode.Combine(PathBase, RuntimeHelpers.GetHashCode(Assets));
    }
}
