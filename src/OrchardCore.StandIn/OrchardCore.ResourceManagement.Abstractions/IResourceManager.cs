using Microsoft.AspNetCore.Html;

namespace OrchardCore.ResourceManagement;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.ResourceManagement.Abstractions/IResourceManager.cs
// Only the script-registration members; the real manager also handles named resources, styles, links and metas.
public interface IResourceManager
{
    void RegisterHeadScript(IHtmlContent script);

    void RegisterFootScript(IHtmlContent script);

    IEnumerable<IHtmlContent> GetRegisteredHeadScripts();

    IEnumerable<IHtmlContent> GetRegisteredFootScripts();
}
