using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;
using OrchardCore.ResourceManagement;

namespace ChatReset.Module.Tests.Widgets;

/// <summary>
/// The script registrations of Orchard Core's scoped resource manager, and what a layout's
/// <c>&lt;resources type="FootScript" /&gt;</c> writes from them.
/// </summary>
internal sealed class FootScriptResourceManager : IResourceManager
{
    private readonly List<IHtmlContent> _headScripts = [];
    private readonly List<IHtmlContent> _footScripts = [];

    public void RegisterHeadScript(IHtmlContent script) => _headScripts.Add(script);

    public void RegisterFootScript(IHtmlContent script) => _footScripts.Add(script);

    public IEnumerable<IHtmlContent> GetRegisteredHeadScripts() => _headScripts;

    public IEnumerable<IHtmlContent> GetRegisteredFootScripts() => _footScripts;

    /// <summary>
    /// The page foot as upstream's ResourceManager.RenderFootScript writes it (OrchardCMS/OrchardCore:
    /// src/OrchardCore/OrchardCore.ResourceManagement/ResourceManager.cs): registered foot scripts one per line,
    /// written with <see cref="NullHtmlEncoder"/>, so whatever they hold must already be encoded.
    /// </summary>
    public string RenderFootScripts()
    {
        using var writer = new StringWriter();
        var first = true;
        foreach (var script in _footScripts)
        {
            if (!first)
            {
                writer.Write(Environment.NewLine);
            }

            first = false;
            script.WriteTo(writer, NullHtmlEncoder.Default);
        }

        return writer.ToString();
    }
}
