using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Moq;
using OrchardCore.ResourceManagement;

namespace ChatReset.Module.Tests;

/// <summary>
/// An <see cref="IResourceManager"/> that keeps the foot scripts registered with it, and what a layout's
/// <c>&lt;resources type="FootScript" /&gt;</c> writes from them. A mock, so that it fits the interface of every
/// Orchard Core version (the real one has some thirty members ChatReset never calls).
/// </summary>
internal sealed class FootScriptResourceManager
{
    private readonly List<IHtmlContent> _footScripts = [];

    public FootScriptResourceManager()
    {
        var manager = new Mock<IResourceManager>();
        manager.Setup(m => m.RegisterFootScript(It.IsAny<IHtmlContent>())).Callback<IHtmlContent>(_footScripts.Add);
        manager.Setup(m => m.GetRegisteredFootScripts()).Returns(_footScripts);
        Object = manager.Object;
    }

    public IResourceManager Object { get; }

    public IEnumerable<IHtmlContent> GetRegisteredFootScripts() => _footScripts;

    /// <summary>
    /// The page foot as upstream's ResourceManager.RenderFootScript writes it (OrchardCMS/OrchardCore:
    /// src/OrchardCore/OrchardCore.ResourceManagement/ResourceManager.cs): registered foot scripts one per line,
    /// written with <see cref="NullHtmlEncoder"/>, so whatever they hold must already be encoded.
    /// </summary>
    public string RenderFootScripts()
    {
        return string.Join(Environment.NewLine, _footScripts.Select(script =>
        {
            using var writer = new StringWriter();
            script.WriteTo(writer, NullHtmlEncoder.Default);
            return writer.ToString();
        }));
    }
}
